/** Appearance (system / light / dark): stored outside the vault, since it is needed before unlock. */
export type ThemeChoice = 'system' | 'light' | 'dark';
const STORAGE_KEY = 'alcove.theme';

export function savedTheme(): ThemeChoice {
  const saved = localStorage.getItem(STORAGE_KEY);
  return saved === 'light' || saved === 'dark' ? saved : 'system';
}

/** 'system' follows prefers-color-scheme through CSS; the others pin data-theme on <html>. */
export function applyTheme(choice: ThemeChoice): void {
  localStorage.setItem(STORAGE_KEY, choice);
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}
