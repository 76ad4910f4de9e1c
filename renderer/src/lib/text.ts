/** Accent- and case-insensitive form of a word, so "anxiete" finds "anxiété". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
