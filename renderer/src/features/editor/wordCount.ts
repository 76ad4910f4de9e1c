/**
 * Words in a text as a reader counts them, in any language: Intl.Segmenter's word-like
 * segments, so Markdown marks (`**`, `- [ ]`, `#`) and punctuation are not words, and
 * "aujourd’hui" or "l’eau" count as the language's rules say.
 */
const segmenters = new Map<string, Intl.Segmenter>();

export function countWords(text: string, language = 'en'): number {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  let count = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) count++;
  return count;
}
