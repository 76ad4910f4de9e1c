/**
 * The text sizes offered, smallest first; each scales the whole interface. Apart from the
 * preferences' schema (preferences.ts) because the page applies the saved size before its first
 * render, and that first render loads no schema library.
 */
export const FONT_SIZES = ['small', 'default', 'large', 'larger'] as const;
export type FontSize = (typeof FONT_SIZES)[number];
