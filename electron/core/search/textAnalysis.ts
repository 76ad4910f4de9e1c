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

const FRENCH_MARKERS = new Set(
  'le la les un une des du de et est je tu il elle nous vous ils elles que qui ne pas mais pour avec dans sur au aux ce cette mon ma mes suis était'.split(
    ' ',
  ),
);
const ENGLISH_MARKERS = new Set(
  'the a an and is are was were i you he she we they that to of in on for with my me it this not but at be have had'.split(
    ' ',
  ),
);

/** 'fr' or 'en' from the commonest function words; null when the text does not say. */
export function guessLanguage(words: readonly string[]): 'fr' | 'en' | null {
  let fr = 0;
  let en = 0;
  for (const word of words) {
    const lower = word.toLowerCase();
    if (FRENCH_MARKERS.has(lower)) fr++;
    else if (ENGLISH_MARKERS.has(lower)) en++;
  }
  if (fr === en) return null;
  return fr > en ? 'fr' : 'en';
}

/**
 * Space-separated terms to hand to the full-text index. A text whose language is clear is
 * stemmed in that language only (half the postings: a smaller index, faster queries); queries
 * still try both stemmers, so either kind of entry is found. Otherwise both stems are kept.
 */
export function indexTerms(text: string): string {
  const words = [...text.matchAll(WORD)].map(([w]) => w).filter((w) => w.length <= MAX_TERM_CHARS);
  const language = guessLanguage(words);
  const terms: string[] = [];
  for (const word of words) {
    const stems = stemsOf(word);
    if (language === null || stems.length === 1) terms.push(...stems);
    else terms.push(language === 'fr' ? stems[0]! : stems[1]!);
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

/**
 * An FTS5 MATCH expression: every word must match (AND), each by any of its stems. Only the
 * last word, the one being typed, matches as a prefix: prefixes of finished words expand to many
 * terms and cost time without finding more (measured at 100k entries).
 */
export function toMatchExpression(terms: string[][]): string | null {
  if (terms.length === 0) return null;
  // Terms hold only letters and digits (WORD), so quoting them is enough to keep FTS5 syntax out.
  return terms
    .map((alternatives, i) => {
      const star = i === terms.length - 1 ? '*' : '';
      return `(${alternatives.map((t) => `"${t}"${star}`).join(' OR ')})`;
    })
    .join(' AND ');
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
