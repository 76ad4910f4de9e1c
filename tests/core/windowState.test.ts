import { describe, expect, it } from 'vitest';
import {
  MIN_WINDOW,
  parseWindowState,
  restorableWindow,
  type WindowState,
} from '../../electron/main/windowState';

const LAPTOP = { x: 0, y: 0, width: 1440, height: 875 };
/** A second screen to the right of the laptop. */
const MONITOR = { x: 1440, y: 0, width: 2560, height: 1415 };

const at = (x: number, y: number, width = 1100, height = 780, maximized = false): WindowState => ({
  bounds: { x, y, width, height },
  maximized,
});

describe('reading the saved window state', () => {
  it('accepts what the app wrote', () => {
    const state = at(100, 80);
    expect(parseWindowState(JSON.stringify(state))).toEqual(state);
  });

  it('treats a missing, damaged or foreign file as no saved state', () => {
    for (const text of [
      null,
      '',
      '{ not json',
      '[]',
      '{"bounds":{"x":0,"y":0,"width":0,"height":10},"maximized":false}',
      '{"bounds":{"x":0.5,"y":0,"width":800,"height":600},"maximized":false}',
      '{"bounds":{"x":0,"y":0,"width":800,"height":600},"maximized":"yes"}',
      '{"bounds":{"x":0,"y":0,"width":800,"height":600},"maximized":false,"title":"x"}',
    ])
      expect(parseWindowState(text), String(text)).toBeNull();
  });
});

describe('where the window opens', () => {
  it('opens as new (default size, centred) when nothing was saved', () => {
    expect(restorableWindow(null, [LAPTOP])).toEqual({ bounds: null, maximized: false });
  });

  it('comes back exactly where it was when that place is still on a screen', () => {
    expect(restorableWindow(at(1600, 100), [LAPTOP, MONITOR])).toEqual({
      bounds: { x: 1600, y: 100, width: 1100, height: 780 },
      maximized: false,
    });
  });

  it('opens as new, still maximised, when its screen has been unplugged', () => {
    expect(restorableWindow(at(1600, 100, 1100, 780, true), [LAPTOP])).toEqual({
      bounds: null,
      maximized: true,
    });
  });

  it('opens as new when its top edge is above every screen, where it could not be grabbed', () => {
    expect(restorableWindow(at(100, -200), [LAPTOP]).bounds).toBeNull();
  });

  it('opens as new when only a sliver of its top edge would show', () => {
    expect(restorableWindow(at(1380, 100), [LAPTOP]).bounds).toBeNull();
  });

  it('is pulled fully onto the screen when it hangs partly off it', () => {
    expect(restorableWindow(at(900, 300), [LAPTOP]).bounds).toEqual({
      x: 340,
      y: 95,
      width: 1100,
      height: 780,
    });
  });

  it('shrinks to fit a screen that has become smaller, never below the minimum size', () => {
    const small = { x: 0, y: 0, width: 1280, height: 690 };
    expect(restorableWindow(at(0, 0, 2400, 1300), [small]).bounds).toEqual({
      x: 0,
      y: 0,
      width: 1280,
      height: 690,
    });
    expect(restorableWindow(at(10, 10, 300, 200), [LAPTOP]).bounds).toEqual({
      x: 10,
      y: 10,
      ...MIN_WINDOW,
    });
  });

  it('picks the screen showing most of it when it straddles two', () => {
    expect(restorableWindow(at(1000, 50), [LAPTOP, MONITOR]).bounds).toEqual({
      x: 1440,
      y: 50,
      width: 1100,
      height: 780,
    });
  });

  it('handles a screen to the left of the primary one (negative coordinates)', () => {
    const left = { x: -1920, y: 0, width: 1920, height: 1050 };
    expect(restorableWindow(at(-1500, 40), [LAPTOP, left]).bounds).toEqual({
      x: -1500,
      y: 40,
      width: 1100,
      height: 780,
    });
  });
});
