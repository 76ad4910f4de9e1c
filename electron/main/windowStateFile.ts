import { screen, type BrowserWindow } from 'electron';
import fs from 'node:fs';
import { parseWindowState, restorableWindow, type Rect, type WindowState } from './windowState';

/** Saved at most this often while the window is being dragged or resized. */
const SAVE_DELAY_MS = 500;

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Where to open the window: the last place, if a display still shows it (windowState.ts decides). */
export function loadWindowPlacement(file: string): { bounds: Rect | null; maximized: boolean } {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  return restorableWindow(parseWindowState(readText(file)), workAreas);
}

function write(file: string, state: WindowState): void {
  try {
    const temporary = `${file}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(state), { mode: 0o600 });
    fs.renameSync(temporary, file);
  } catch {
    // Best effort: the window only opens at its default place next time.
  }
}

/**
 * Keeps the file up to date: after moves and resizes (debounced), at once on maximise and on close.
 * The normal bounds are kept while maximised, so un-maximising next time lands somewhere sensible.
 */
export function rememberWindowPlacement(window: BrowserWindow, file: string): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    write(file, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', save);
  window.on('unmaximize', save);
  window.on('close', save);
}
