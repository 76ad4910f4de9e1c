import { z } from 'zod';

/**
 * Where the window was, remembered between runs (size, position, maximised: nothing else, nothing
 * of the journal). Pure logic, no Electron: the glue in windowStateFile.ts hands in the displays.
 */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const MIN_WINDOW = { width: 720, height: 520 } as const;
export const DEFAULT_WINDOW = { width: 1100, height: 780 } as const;

/** How much of the window's top strip (where it is grabbed to move it) must be on a screen. */
const GRAB_STRIP = { height: 32, minVisibleWidth: 120 } as const;

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);

export const WindowStateSchema = z
  .object({
    bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }).strict(),
    maximized: z.boolean(),
  })
  .strict();
export type WindowState = z.infer<typeof WindowStateSchema>;

/** The saved state, or null when there is none or it is damaged (then the window opens as new). */
export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null;
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function overlap(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/**
 * How to open the window: the saved bounds if a display still shows enough of its top strip to
 * grab it (then clamped to fit that display's work area), else none — the window opens at its
 * default size, centred, as on first run. A display unplugged since, or a resolution lowered,
 * never leaves the window out of reach. Maximised is kept either way.
 */
export function restorableWindow(
  saved: WindowState | null,
  workAreas: readonly Rect[],
): { bounds: Rect | null; maximized: boolean } {
  if (!saved) return { bounds: null, maximized: false };
  const { bounds } = saved;
  const strip = { x: bounds.x, y: bounds.y, width: bounds.width, height: GRAB_STRIP.height };
  const home = workAreas
    .map((area) => ({ area, seen: overlap(strip, area) }))
    .filter(
      (candidate): candidate is { area: Rect; seen: Rect } =>
        candidate.seen !== null &&
        candidate.seen.width >= Math.min(GRAB_STRIP.minVisibleWidth, bounds.width) &&
        candidate.seen.y === bounds.y, // the very top is on this screen, not hidden above it
    )
    .sort((a, b) => b.seen.width - a.seen.width)[0];
  if (!home) return { bounds: null, maximized: saved.maximized };

  const { area } = home;
  const width = Math.max(Math.min(bounds.width, area.width), Math.min(MIN_WINDOW.width, area.width));
  const height = Math.max(Math.min(bounds.height, area.height), Math.min(MIN_WINDOW.height, area.height));
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - height);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}
