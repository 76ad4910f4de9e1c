import type { TextRange } from '../../../../shared/exchange/redaction';

/**
 * The paragraphs of a text as ranges of the original (blank lines separate them; each range
 * starts at its first non-blank character and ends after its last), so hiding a paragraph hides
 * exactly its words and keeps the text's layout around the marker.
 */
export function paragraphsOf(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  const pattern = /\S(?:[^\n]|\n(?![ \t\r]*\n))*/g;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].trimEnd().length;
    ranges.push({ start, end });
  }
  return ranges;
}
