import { FONT_SIZES, type FontSize } from '../../../shared/domain/fontSizes';

/** Text size: stored outside the vault (the unlock screen must already be readable). */
const STORAGE_KEY = 'alcove.fontSize';

/** The root font size each choice sets; every rem in the stylesheets follows it. */
const ROOT_PERCENT: Record<FontSize, number> = { small: 87.5, default: 100, large: 112.5, larger: 125 };

export function savedFontSize(): FontSize {
  const saved = localStorage.getItem(STORAGE_KEY);
  return FONT_SIZES.find((size) => size === saved) ?? 'default';
}

export function applyFontSize(choice: FontSize): void {
  localStorage.setItem(STORAGE_KEY, choice);
  document.documentElement.style.setProperty('--root-font-size', `${ROOT_PERCENT[choice]}%`);
}
