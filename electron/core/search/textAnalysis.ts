import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemFrench } from '@orama/stemmers/french';

/**
 * How journal text becomes searchable terms, in French and English at once (an entry's
 * language is not known, and people mix them): each word is lower-cased, stemmed by both
 * Snowball stemmers, and the stems are folded (accents and ligatures removed), so "anxiété",
 * "anxiete" and "anxieties" all meet. Queries go through the same steps and match by prefix,
 * so a half-typed word finds its entries.
 */
const WORD = /[\p{L}\p{N}]+/gu;
const MAX_TERM_CHARS = 40;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l' };

export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[œæßøł]/g, (c) => LIGATURES[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
}

/**
 * A journal's vocabulary is small next to its length (tens of thousands of distinct words for
 * millions of occurrences), so stems are memoised: indexing then costs a map lookup per word.
 * Bounded, and it lives in the vault worker, which is discarded on lock.
 */
const STEM_CACHE_LIMIT = 200_000;
const stemCache = new Map<string, string[]>();

/** The folded stems of one word (one or two, deduplicated). */
export function stemsOf(word: string): string[] {
  const lower = word.toLowerCase();
  const cached = stemCache.get(lower);
  if (cached) return cached;
  const fr = fold(stemFrench(lower));
  const en = fold(stemEnglish(lower));
  const stems = fr === en ? [fr] : [fr, en];
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(lower, stems);
  return stems;
}

/** Space-separated terms to hand to the full-text index. */
export function indexTerms(text: string): string {
  const terms: string[] = [];
  for (const [word] of text.matchAll(WORD)) {
    if (word.length > MAX_TERM_CHARS) continue;
    terms.push(...stemsOf(word));
  }
  return terms.join(' ');
}

/** The query's words, each as the stems it may match by prefix. */
export function queryTerms(query: string): string[][] {
  const words = [...query.matchAll(WORD)].map(([w]) => w).filter((w) => w.length <= MAX_TERM_CHARS);
  return words.slice(0, 12).map((w) => {
    const stems = stemsOf(w);
    // Stemming a half-typed word can cut it shorter than the user typed; the folded word
    // itself is also a valid prefix of its own stems far more often than not.
    const folded = fold(w);
    return [...new Set([...stems, folded])];
  });
}

/** An FTS5 MATCH expression: every word must match (AND), each by any of its stems as a prefix. */
export function toMatchExpression(terms: string[][]): string | null {
  if (terms.length === 0) return null;
  // Terms hold only letters and digits (WORD), so quoting them is enough to keep FTS5 syntax out.
  return terms.map((alternatives) => `(${alternatives.map((t) => `"${t}"*`).join(' OR ')})`).join(' AND ');
}

export interface Segment {
  readonly text: string;
  readonly hit: boolean;
}

function wordMatches(word: string, terms: string[][]): boolean {
  const stems = [...stemsOf(word), fold(word)];
  return terms.some((alternatives) => alternatives.some((t) => stems.some((s) => s.startsWith(t))));
}

/** Splits `text` into plain and highlighted segments (whole words that match the query). */
export function highlight(text: string, terms: string[][]): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const word = match[0];
    if (!wordMatches(word, terms)) continue;
    if (start > cursor) segments.push({ text: text.slice(cursor, start), hit: false });
    segments.push({ text: word, hit: true });
    cursor = start + word.length;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), hit: false });
  return segments;
}

/** A window of about `width` characters around the first match in `text`, highlighted. */
export function snippet(text: string, terms: string[][], width = 180): Segment[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  let first = -1;
  for (const match of flat.matchAll(WORD)) {
    if (wordMatches(match[0], terms)) {
      first = match.index;
      break;
    }
  }
  let start = first < 0 ? 0 : Math.max(0, first - Math.floor(width / 3));
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(flat.length, start + width);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > Math.max(start, first)) end = space;
  }
  const window = flat.slice(start, end);
  const segments = highlight(window, terms);
  if (start > 0) segments.unshift({ text: '…', hit: false });
  if (end < flat.length) segments.push({ text: '…', hit: false });
  return segments;
}
