/** Accent- and case-insensitive form of a word, so "anxiete" finds "anxiété". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The same text with a capital first letter ("anxiété" → "Anxiété"), for a word shown on its own. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
