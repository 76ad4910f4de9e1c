import type { ContentLang } from '../content/emotions';
import {
  MIRROR_LANGUAGES,
  type MirrorGrammar,
  type MirrorLabelId,
  type MirrorPhraseKind,
} from '../content/mirrorLexicon';

// The on-device mirror (CONTENT.md, "The on-device mirror"): while the user writes, it suggests up
// to three feelings from the catalogue with the words that suggested them; the user accepts or
// dismisses each one. It never diagnoses and never decides: it reads words, not people.
//
// Deterministic and linear, because it runs in the renderer on every debounced keystroke of entries
// up to several hundred KB: the text is folded once (the warning-sign engine's rules, on typed
// arrays), cut into word tokens with sentence and clause breaks, and matched against the lexicon,
// longest phrase first. Each match then looks a bounded number of tokens around itself for
// negation, wishes, whose feeling it is and intensity, so the work per token is capped whatever the
// input. No regular expression runs on the text itself. Pure string work: no Node, Electron or DOM.

/** Words that suggested a feeling. Offsets index the ORIGINAL text (UTF-16 code units, end exclusive). */
export interface MirrorTrigger {
  start: number;
  end: number;
  /** Always `original.slice(start, end)`: the user's own words, unchanged. */
  text: string;
}

/** A feeling the mirror offers, for the user to accept or dismiss. */
export interface MirrorSuggestion {
  /** A catalogue id (grid label, `ambivalence` or `not-sure`). */
  id: string;
  /** Strength of the evidence, 0..1; only for ordering and thresholds, never shown as a measure. */
  score: number;
  triggers: MirrorTrigger[];
}

/** How to read the text. */
export interface MirrorOptions {
  /** Defaults to {@link detectLanguage} on the text. */
  lang?: ContentLang;
  /** Most suggestions to return; at most (and by default) {@link MAX_SUGGESTIONS}. */
  max?: number;
  /** Ids never to suggest: already on the entry, or dismissed. */
  exclude?: readonly string[];
}

/** The mirror offers at most three feelings, like a check-in. */
export const MAX_SUGGESTIONS = 3;
/** Evidence below this is not worth interrupting the writer for. */
export const MIN_SCORE = 0.5;
/** Triggers kept per suggestion: enough to highlight, bounded on huge entries. */
export const MAX_TRIGGERS = 5;

/** Tokens before a feeling that a negator may sit in ("I don't really feel that anxious"). */
const NEGATION_WINDOW = 4;
/** Tokens after a feeling where French completes a « ne » (« je n'ai peur de rien »). */
const CLOSER_WINDOW = 3;
/** Tokens before a feeling that a wish may sit in ("I wish I could feel calm"). */
const IRREALIS_WINDOW = 6;
/** Tokens scanned back for the subject of a feeling. */
const SUBJECT_WINDOW = 20;
/** Modifier steps scanned back for intensifiers and diminishers. */
const MODIFIER_STEPS = 5;
/** Modifier tokens a phrase may absorb inside itself ("felt so small", « me sens tellement seule »). */
const MAX_INNER_MODIFIERS = 3;
/** Fillers a modifier may reach across ("so" … "feel" … "tired"). */
const MAX_FILLERS = 2;
const INTENSIFY = 1.3;
const DIMINISH = 0.6;
const MAX_MODIFIERS = 2;
const MAX_WEIGHT = 0.98;
/** A pattern may expand to at most this many phrases: a typo in the data must not explode. */
const MAX_VARIANTS = 512;

// ── Patterns ──────────────────────────────────────────────────────────────────────────────────────

/**
 * Expands the lexicon's pattern syntax: `(a|b)` alternatives, `(|x)` optional parts, no nesting.
 * Throws on malformed data, which the tests run over every pattern.
 */
export function expandPattern(pattern: string): string[] {
  let variants = [''];
  let i = 0;
  while (i < pattern.length) {
    const open = pattern.indexOf('(', i);
    const closeBefore = pattern.indexOf(')', i);
    if (open < 0) {
      if (closeBefore >= 0) throw new Error(`unopened group in "${pattern}"`);
      const rest = pattern.slice(i);
      variants = variants.map((v) => v + rest);
      break;
    }
    const close = pattern.indexOf(')', open);
    if (close < 0 || (closeBefore >= 0 && closeBefore < open)) {
      throw new Error(`unbalanced group in "${pattern}"`);
    }
    const options = pattern.slice(open + 1, close).split('|');
    if (options.some((o) => o.includes('('))) throw new Error(`nested group in "${pattern}"`);
    const literal = pattern.slice(i, open);
    const next: string[] = [];
    for (const v of variants) for (const o of options) next.push(v + literal + o);
    if (next.length > MAX_VARIANTS) throw new Error(`"${pattern}" expands to too many phrases`);
    variants = next;
    i = close + 1;
  }
  return variants.map((v) => v.replace(/\s+/g, ' ').trim()).filter((v) => v.length > 0);
}

// ── Folding ───────────────────────────────────────────────────────────────────────────────────────

/**
 * The folded copy the mirror reads: lowercase, no accents, straight apostrophes, one space per
 * whitespace run; the same rules as `normalizeForMatching` in warningSigns.ts, with each folded
 * character mapped back to the original in typed arrays.
 */
export interface FoldedText {
  readonly text: string;
  /** `starts[i]`: offset in the original where folded character i begins. */
  readonly starts: Int32Array;
  /** `ends[i]`: offset in the original just after folded character i (and any stripped marks). */
  readonly ends: Int32Array;
}

const COMBINING_MARKS = /\p{M}/gu;
const WHITESPACE = /^\s$/u;
/** Typographic apostrophes and look-alikes people type in place of "'". */
const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02bc', '\u2032', '\u00b4', '`']);
/** Unicode hyphens that should read as "-". */
const HYPHENS = new Set(['\u2010', '\u2011']);
/** Ligatures NFD leaves alone (« œufs », « cœur »). */
const LIGATURES: ReadonlyMap<string, string> = new Map([
  ['œ', 'oe'],
  ['æ', 'ae'],
]);
/** Folded forms of non-ASCII code points; bounded so hostile input cannot grow it without limit. */
const FOLD_CACHE = new Map<number, string>();
const FOLD_CACHE_LIMIT = 4096;
/** Characters per String.fromCharCode call when assembling the folded text. */
const CHUNK = 8192;

/** Folds one non-ASCII code point: ' ' for whitespace, '' for a combining mark. */
function foldPoint(point: number, ch: string): string {
  let folded = FOLD_CACHE.get(point);
  if (folded === undefined) {
    if (WHITESPACE.test(ch)) folded = ' ';
    else if (APOSTROPHES.has(ch)) folded = "'";
    else if (HYPHENS.has(ch)) folded = '-';
    else {
      const lower = ch.toLowerCase();
      folded = LIGATURES.get(lower) ?? lower.normalize('NFD').replace(COMBINING_MARKS, '');
    }
    if (FOLD_CACHE.size < FOLD_CACHE_LIMIT) FOLD_CACHE.set(point, folded);
  }
  return folded;
}

/** Folds a text in one pass over its code points (an emoji's surrogate pair maps as one unit). */
export function foldText(text: string): FoldedText {
  let capacity = text.length + 16;
  let out = new Uint16Array(capacity);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let n = 0;
  const grow = (): void => {
    capacity *= 2;
    const o = new Uint16Array(capacity);
    o.set(out);
    out = o;
    const st = new Int32Array(capacity);
    st.set(starts);
    starts = st;
    const en = new Int32Array(capacity);
    en.set(ends);
    ends = en;
  };
  let lastWasSpace = false;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
        if (!lastWasSpace) {
          if (n === capacity) grow();
          out[n] = 0x20;
          starts[n] = i;
          ends[n] = i + 1;
          n += 1;
          lastWasSpace = true;
        }
      } else {
        if (n === capacity) grow();
        out[n] = code >= 0x41 && code <= 0x5a ? code + 32 : code;
        starts[n] = i;
        ends[n] = i + 1;
        n += 1;
        lastWasSpace = false;
      }
      i += 1;
      continue;
    }
    const point = text.codePointAt(i)!;
    const width = point > 0xffff ? 2 : 1;
    const folded = foldPoint(point, text.slice(i, i + width));
    if (folded === ' ') {
      if (!lastWasSpace) {
        if (n === capacity) grow();
        out[n] = 0x20;
        starts[n] = i;
        ends[n] = i + width;
        n += 1;
        lastWasSpace = true;
      }
    } else if (folded.length === 0) {
      // A stripped combining mark belongs to the character before it.
      if (n > 0) ends[n - 1] = i + width;
    } else {
      for (let k = 0; k < folded.length; k += 1) {
        if (n === capacity) grow();
        out[n] = folded.charCodeAt(k);
        starts[n] = i;
        ends[n] = i + width;
        n += 1;
      }
      lastWasSpace = false;
    }
    i += width;
  }
  const parts: string[] = [];
  for (let from = 0; from < n; from += CHUNK) {
    parts.push(String.fromCharCode(...out.subarray(from, Math.min(n, from + CHUNK))));
  }
  return { text: parts.join(''), starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

// ── Tokens ────────────────────────────────────────────────────────────────────────────────────────

/** Splits a space-separated word list. */
function words(list: string): string[] {
  return list.trim().split(/\s+/);
}

/** French elided words, split off their host so « j'ai » reads as « j' » + « ai ». */
const ELISIONS = new Set(words("j' l' m' t' s' d' n' c' qu' y' jusqu' lorsqu' puisqu' quoiqu'"));
const LONGEST_ELISION = 8;
/** English contractions typed without their apostrophe. */
const EN_CONTRACTIONS: ReadonlyMap<string, string> = new Map(
  words(`don't doesn't didn't isn't aren't wasn't weren't can't couldn't won't wouldn't shouldn't haven't
    hasn't hadn't ain't mustn't i'm i've you're they're that's what's there's he's she's`).map(
    (c) => [c.replace("'", ''), c] as const,
  ),
);
/** Words whose "'s" is "is"/"has", not a possessive. */
const EN_S_IS = new Set(
  words('it he she that what there here who where how let everyone everybody someone somebody nobody one'),
);
const FRENCH_NE = new Set(['ne', "n'"]);

const SENTENCE_END = new Set(['.', '!', '?', '…', ';']);
/** Gap characters that do not break a clause: markdown emphasis and stray quotes. */
const SOFT_GAP = new Set([' ', '-', "'", '*', '_', '~']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** What separates a token from the one before it: nothing, a clause break (comma, dash, emoji…) or a sentence break. */
const Break = { None: 0, Clause: 1, Sentence: 2 } as const;
type Break = (typeof Break)[keyof typeof Break];

/** Word tokens of a normalised text, in parallel arrays (a 300 KB entry has ~60,000 of them). */
interface Tokens {
  /** The normalised word as typed (« j' », "don't", "crevé·e"). */
  readonly raw: string[];
  /** Offsets in the normalised text. */
  readonly from: number[];
  readonly to: number[];
  readonly brk: Break[];
  /** Whether the gap after the token holds a question mark. */
  readonly questionAfter: boolean[];
}

function isWordChar(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  if (code >= 0xd800 && code <= 0xdfff) return false; // emoji and other astral symbols
  return LETTER_OR_DIGIT.test(s[i]!);
}

/** Set in a gap's code when the gap holds a question mark. */
const QUESTION = 4;

/**
 * The break between two tokens, from the folded gap [a, b) and the original's line breaks, plus
 * {@link QUESTION} when the gap holds "?". A number rather than an object: this runs once per word.
 */
function gapBreak(norm: FoldedText, original: string, a: number, b: number): number {
  const s = norm.text;
  let level: Break = Break.None;
  let question = false;
  let space = false;
  let hyphen = false;
  for (let q = a; q < b; q += 1) {
    const ch = s[q]!;
    if (ch === '?') question = true;
    if (SENTENCE_END.has(ch)) level = Break.Sentence;
    else if (ch === ' ') space = true;
    else if (ch === '-') hyphen = true;
    else if (!SOFT_GAP.has(ch) && level === Break.None) level = Break.Clause;
  }
  const asked = question ? QUESTION : 0;
  if (level === Break.Sentence || a >= s.length) return level | asked;
  // Normalising folded line breaks into a space; a line break ends a sentence in a journal.
  const origFrom = norm.starts[a]!;
  const origTo = b < s.length ? norm.starts[b]! : original.length;
  for (let q = origFrom; q < origTo; q += 1) {
    const code = original.charCodeAt(q);
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) return Break.Sentence | asked;
  }
  return (hyphen && space && level === Break.None ? Break.Clause : level) | asked;
}

/**
 * Cuts the normalised text into words. A word is a run of letters and digits, with inner
 * apostrophes ("don't") and middle dots (« crevé·e ») kept; French elisions are split off.
 */
function tokenize(norm: FoldedText, original: string): Tokens {
  const s = norm.text;
  const raw: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const brk: Break[] = [];
  const questionAfter: boolean[] = [];
  let prevEnd = -1;
  let i = 0;
  while (i < s.length) {
    if (!isWordChar(s, i)) {
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < s.length) {
      if (isWordChar(s, j)) j += 1;
      else if ((s[j] === "'" || s[j] === '·') && j + 1 < s.length && isWordChar(s, j + 1)) j += 2;
      else break;
    }
    let level: Break = Break.Sentence;
    if (prevEnd >= 0) {
      const gap = gapBreak(norm, original, prevEnd, i);
      level = (gap & ~QUESTION) as Break;
      questionAfter[questionAfter.length - 1] = (gap & QUESTION) !== 0;
    }
    let start = i;
    for (;;) {
      const limit = Math.min(j - 1, start + LONGEST_ELISION);
      let apostrophe = -1;
      for (let q = start + 1; q < limit; q += 1) {
        if (s[q] === "'") {
          apostrophe = q;
          break;
        }
      }
      if (apostrophe < 0 || !ELISIONS.has(s.slice(start, apostrophe + 1))) break;
      raw.push(s.slice(start, apostrophe + 1));
      from.push(start);
      to.push(apostrophe + 1);
      brk.push(level);
      questionAfter.push(false);
      level = Break.None;
      start = apostrophe + 1;
    }
    raw.push(s.slice(start, j));
    from.push(start);
    to.push(j);
    brk.push(level);
    questionAfter.push(false);
    prevEnd = j;
    i = j;
  }
  if (prevEnd >= 0) {
    questionAfter[questionAfter.length - 1] = (gapBreak(norm, original, prevEnd, s.length) & QUESTION) !== 0;
  }
  return { raw, from, to, brk, questionAfter };
}

/** Inclusive-writing suffixes (« crevé·e ») fold onto the plain form. */
function stripMiddleDot(raw: string): string {
  const dot = raw.indexOf('·');
  return dot > 0 ? raw.slice(0, dot) : raw;
}

/** A token's lookup key in one language, and whether it was an English possessive ("mom's"). */
function keyOf(raw: string, lang: ContentLang): { key: string; possessive: boolean } {
  const word = stripMiddleDot(raw);
  if (lang !== 'en') return { key: word, possessive: false };
  if (word.length > 2 && word.endsWith("'s")) {
    const base = word.slice(0, -2);
    if (!EN_S_IS.has(base)) return { key: base, possessive: true };
  }
  return { key: EN_CONTRACTIONS.get(word) ?? word, possessive: false };
}

/** Keys of a lexicon or grammar phrase, tokenised exactly like the text. */
function phraseKeys(phrase: string, lang: ContentLang): string[] {
  const folded = foldText(phrase).text.trim();
  // A trailing elision (« si j' ») needs a host word to be split off; the host is then dropped.
  const hosted = folded.endsWith("'");
  const tokens = tokenize(foldText(hosted ? `${folded}x` : folded), folded);
  const keys = tokens.raw.map((r) => keyOf(r, lang).key);
  return hosted ? keys.slice(0, -1) : keys;
}

// ── Compiled language data ────────────────────────────────────────────────────────────────────────

/** A set of words and short phrases, matched against tokens backwards or forwards. */
class PhraseSet {
  private readonly byLast = new Map<string, string[][]>();
  private readonly byFirst = new Map<string, string[][]>();
  private readonly singles = new Set<string>();

  constructor(items: readonly string[], lang: ContentLang) {
    for (const item of items) {
      const keys = phraseKeys(item, lang);
      if (keys.length === 0) continue;
      if (keys.length === 1) this.singles.add(keys[0]!);
      for (const [map, key] of [
        [this.byLast, keys[keys.length - 1]!],
        [this.byFirst, keys[0]!],
      ] as const) {
        const list = map.get(key) ?? [];
        list.push(keys);
        list.sort((a, b) => b.length - a.length);
        map.set(key, list);
      }
    }
  }

  /** Whether one token is a one-word member. */
  has(key: string): boolean {
    return this.singles.has(key);
  }

  /** Length of the longest member ending at token k, starting no earlier than lo, within one clause. */
  endingAt(keys: readonly string[], brk: readonly Break[], k: number, lo: number): number {
    const candidates = this.byLast.get(keys[k]!);
    if (!candidates) return 0;
    for (const phrase of candidates) {
      const start = k - phrase.length + 1;
      if (start < lo) continue;
      let ok = true;
      for (let q = 0; q < phrase.length - 1; q += 1) {
        if (keys[start + q] !== phrase[q] || brk[start + q + 1] !== Break.None) {
          ok = false;
          break;
        }
      }
      if (ok) return phrase.length;
    }
    return 0;
  }

  /** Length of the longest member starting at token j, ending before hi, within one clause. */
  startingAt(keys: readonly string[], brk: readonly Break[], j: number, hi: number): number {
    const candidates = this.byFirst.get(keys[j]!);
    if (!candidates) return 0;
    for (const phrase of candidates) {
      if (j + phrase.length > hi) continue;
      let ok = true;
      for (let q = 1; q < phrase.length; q += 1) {
        if (keys[j + q] !== phrase[q] || brk[j + q] !== Break.None) {
          ok = false;
          break;
        }
      }
      if (ok) return phrase.length;
    }
    return 0;
  }
}

/** One expanded lexicon phrase; `id` null marks a neutral phrase that only consumes its words. */
export interface MirrorPhrase {
  readonly keys: readonly string[];
  readonly id: MirrorLabelId | null;
  readonly weight: number;
  readonly kind: MirrorPhraseKind;
  /** The pattern it came from, for tests and debugging. */
  readonly pattern: string;
}

/** The grammar's word lists (every field but the word-order flag). */
type GrammarList = Exclude<keyof MirrorGrammar, 'nounBeforeAdjective'>;
const GRAMMAR_LISTS: readonly GrammarList[] = [
  'negators',
  'shortNegators',
  'negatorsAfterNe',
  'postNegators',
  'negationClosers',
  'negationCancellers',
  'persistVerbs',
  'comparatives',
  'comparativeNegators',
  'intensifiers',
  'postIntensifiers',
  'diminishers',
  'fillers',
  'scopeBreakers',
  'irrealis',
  'imperatives',
  'topicMarkers',
  'attributiveNouns',
  'firstPerson',
  'firstPossessive',
  'firstPersonAfter',
  'otherPerson',
  'indefinitePersons',
  'otherPossessive',
  'reflexiveOther',
  'impersonalAfterIl',
  'prepositions',
  'personNouns',
  'subjectVerbs',
  'notNames',
  'stopWords',
];

/** Each grammar list compiled for matching. */
type GrammarSets = { -readonly [K in GrammarList]: PhraseSet };

interface CompiledLanguage {
  readonly lang: ContentLang;
  readonly nounBeforeAdjective: boolean;
  readonly phrases: readonly MirrorPhrase[];
  readonly byFirst: ReadonlyMap<string, readonly MirrorPhrase[]>;
  readonly sets: Readonly<GrammarSets>;
  /** Subject pronouns, which end a negation's reach ("I don't think I'm angry"). */
  readonly subjectPronouns: ReadonlySet<string>;
  /** Every grammar word, which a capitalised word must not be to read as a name. */
  readonly grammarWords: ReadonlySet<string>;
}

/** Pronouns that are only ever objects, so they never end a negation's reach. */
const OBJECT_PRONOUNS = new Set(
  words("me myself us ourselves m' moi nous vous himself herself themselves yourself"),
);

function compileLanguage(lang: ContentLang): CompiledLanguage {
  const data = MIRROR_LANGUAGES[lang];
  const phrases: MirrorPhrase[] = [];
  for (const pattern of data.neutral) {
    for (const variant of expandPattern(pattern)) {
      phrases.push({ keys: phraseKeys(variant, lang), id: null, weight: 0, kind: 'state', pattern });
    }
  }
  for (const id of Object.keys(data.lexicon) as MirrorLabelId[]) {
    for (const tier of data.lexicon[id] ?? []) {
      for (const pattern of tier.p) {
        for (const variant of expandPattern(pattern)) {
          phrases.push({
            keys: phraseKeys(variant, lang),
            id,
            weight: tier.w,
            kind: tier.kind ?? 'state',
            pattern,
          });
        }
      }
    }
  }
  const byFirst = new Map<string, MirrorPhrase[]>();
  const seen = new Set<string>();
  for (const phrase of phrases) {
    const joined = phrase.keys.join(' ');
    // A duplicate is a data error the tests report; the first spelling wins meanwhile.
    if (phrase.keys.length === 0 || seen.has(joined)) continue;
    seen.add(joined);
    const list = byFirst.get(phrase.keys[0]!) ?? [];
    list.push(phrase);
    byFirst.set(phrase.keys[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);

  const sets = {} as GrammarSets;
  const grammarWords = new Set<string>();
  for (const name of GRAMMAR_LISTS) {
    sets[name] = new PhraseSet(data.grammar[name], lang);
    if (name !== 'personNouns' && name !== 'attributiveNouns') {
      for (const item of data.grammar[name]) for (const key of phraseKeys(item, lang)) grammarWords.add(key);
    }
  }
  const subjectPronouns = new Set<string>();
  for (const item of [...data.grammar.firstPerson, ...data.grammar.otherPerson]) {
    const keys = phraseKeys(item, lang);
    if (keys.length === 1 && !OBJECT_PRONOUNS.has(keys[0]!)) subjectPronouns.add(keys[0]!);
  }
  return {
    lang,
    nounBeforeAdjective: data.grammar.nounBeforeAdjective,
    phrases,
    byFirst,
    sets,
    subjectPronouns,
    grammarWords,
  };
}

const COMPILED = new Map<ContentLang, CompiledLanguage>();

function compiled(lang: ContentLang): CompiledLanguage {
  let c = COMPILED.get(lang);
  if (!c) {
    c = compileLanguage(lang);
    COMPILED.set(lang, c);
  }
  return c;
}

/** Every expanded phrase of a language (neutral ones have id null), for tests and tooling. */
export function mirrorPhrases(lang: ContentLang): readonly MirrorPhrase[] {
  return compiled(lang).phrases;
}

// ── Language ──────────────────────────────────────────────────────────────────────────────────────

function countStopWords(raw: readonly string[]): { en: number; fr: number } {
  const en = compiled('en').sets.stopWords;
  const fr = compiled('fr').sets.stopWords;
  let enCount = 0;
  let frCount = 0;
  for (const word of raw) {
    const key = stripMiddleDot(word);
    if (en.has(key)) enCount += 1;
    if (fr.has(key)) frCount += 1;
  }
  return { en: enCount, fr: frCount };
}

function languageOf(raw: readonly string[]): ContentLang {
  const counts = countStopWords(raw);
  return counts.fr > counts.en ? 'fr' : 'en';
}

/** French or English, by counting each language's stop words; a tie (or no words) reads as English. */
export function detectLanguage(text: string): ContentLang {
  return languageOf(tokenize(foldText(text), text).raw);
}

// ── Reading one match ─────────────────────────────────────────────────────────────────────────────

/** Everything the per-match rules read, computed once per text. */
interface Reading {
  readonly c: CompiledLanguage;
  readonly text: string;
  readonly norm: FoldedText;
  readonly tokens: Tokens;
  readonly keys: string[];
  readonly possessive: boolean[];
  /** First token of the sentence, clause and negation scope each token sits in. */
  readonly sentenceStart: Int32Array;
  readonly clauseStart: Int32Array;
  readonly scopeStart: Int32Array;
  /** Whether the token's sentence ends with a question mark. */
  readonly inQuestion: Uint8Array;
}

type Polarity = 'plain' | 'negated' | 'intensified';

/** Whether the match [t, u) is negated, or a negation that actually intensifies ("can't stop crying"). */
function polarity(r: Reading, t: number, u: number): Polarity {
  const { keys, tokens, c } = r;
  const { brk } = tokens;
  const s = c.sets;
  const lo = Math.max(r.scopeStart[t]!, t - NEGATION_WINDOW);
  let neAt = -1;
  for (let k = t - 1; k >= lo; k -= 1) {
    const key = keys[k]!;
    let len = s.negators.endingAt(keys, brk, k, lo);
    if (len === 0 && key.endsWith("n't") && c.lang === 'en') len = 1;
    if (len === 0 && s.negatorsAfterNe.has(key)) {
      for (let q = k - 1; q >= Math.max(r.clauseStart[t]!, k - 3); q -= 1) {
        if (FRENCH_NE.has(keys[q]!)) {
          len = 1;
          break;
        }
      }
    }
    // A prepositional negator only reaches its own noun: "without (any) fear", not "without her, it feels empty".
    if (len > 0 && t - k > 1 && s.shortNegators.endingAt(keys, brk, k, lo) === len) {
      const between = keys[k + 1]!;
      const pronoun =
        s.otherPerson.has(between) ||
        s.otherPossessive.has(between) ||
        s.firstPerson.has(between) ||
        s.firstPossessive.has(between);
      if (t - k > 2 || pronoun) len = 0;
    }
    if (len > 0) {
      const start = k - len + 1;
      // "not only", « pas mal », « pas que »: not a negation of what follows.
      if (k + 1 < u && s.negationCancellers.has(keys[k + 1]!)) {
        k = start;
        continue;
      }
      for (let q = Math.max(0, start - 2); q <= Math.min(t - 1, k + 2); q += 1) {
        if (s.persistVerbs.has(keys[q]!)) return 'intensified';
      }
      if (s.comparativeNegators.endingAt(keys, brk, k, lo) > 0) {
        for (let q = k + 1; q < u; q += 1) if (s.comparatives.has(keys[q]!)) return 'intensified';
      }
      return 'negated';
    }
    if (FRENCH_NE.has(key)) neAt = k;
    if (c.subjectPronouns.has(key)) break;
  }
  // Spoken French drops « ne » but keeps « pas » after the verb: « je stresse pas », « je culpabilise jamais ».
  if (u < keys.length && brk[u] === Break.None && s.postNegators.has(keys[u]!)) {
    const after = u + 1 < keys.length && brk[u + 1] === Break.None ? keys[u + 1]! : '';
    if (!s.negationCancellers.has(after)) return 'negated';
  }
  // French splits its negation around the verb: « je n'ai peur de rien », « je ne culpabilise pas »;
  // unless the phrase already holds the second half (« je n'ai plus d'énergie pour rien »).
  let closedInside = false;
  for (let q = t; q < u && !closedInside; q += 1) closedInside = s.negationClosers.has(keys[q]!);
  if (neAt >= 0 && !closedInside) {
    const hi = Math.min(keys.length, u + CLOSER_WINDOW);
    for (let q = u; q < hi; q += 1) {
      if (brk[q] !== Break.None) break;
      if (s.negationClosers.has(keys[q]!)) return 'negated';
    }
  }
  return 'plain';
}

/**
 * Whether the match is not a feeling the writer has: wished for or hypothetical ("I want to feel
 * calm", « si j'étais calme »), advice ("be happy", « reste calme ») or a topic ("a podcast about grief").
 */
function unreal(r: Reading, t: number): boolean {
  const { keys } = r;
  const { brk } = r.tokens;
  const s = r.c.sets;
  const lo = Math.max(r.scopeStart[t]!, t - IRREALIS_WINDOW);
  for (let k = t - 1; k >= lo; k -= 1) {
    if (s.irrealis.endingAt(keys, brk, k, lo) > 0) return true;
  }
  if (t > 0 && brk[t] === Break.None && s.topicMarkers.endingAt(keys, brk, t - 1, r.clauseStart[t]!) > 0) {
    return true;
  }
  let k = t - 1;
  for (let step = 0; step < MODIFIER_STEPS && k >= lo; step += 1) {
    const len = Math.max(s.intensifiers.endingAt(keys, brk, k, lo), s.diminishers.endingAt(keys, brk, k, lo));
    if (len === 0) break;
    k -= len;
  }
  if (k < 0 || k < r.clauseStart[t]!) return false;
  const imperative = s.imperatives.endingAt(keys, brk, k, r.clauseStart[t]!);
  return imperative > 0 && k - imperative + 1 === r.clauseStart[t]!;
}

/** An adjective describing a song, a film or someone else rather than the writer ("a sad film"). */
function attributive(r: Reading, t: number, u: number): boolean {
  const { keys } = r;
  const { brk } = r.tokens;
  const s = r.c.sets;
  if (r.c.nounBeforeAdjective) return t > 0 && brk[t] === Break.None && s.attributiveNouns.has(keys[t - 1]!);
  return u < keys.length && brk[u] === Break.None && s.attributiveNouns.has(keys[u]!);
}

function isCapitalised(r: Reading, k: number): { upper: boolean; shouting: boolean } {
  const at = r.norm.starts[r.tokens.from[k]!]!;
  const first = r.text[at] ?? '';
  const second = r.text[at + 1] ?? '';
  const upper = first !== first.toLowerCase();
  return { upper, shouting: upper && second !== second.toLowerCase() };
}

/** A capitalised word that is no grammar word and is followed by a verb reads as someone's name. */
function looksLikeName(r: Reading, k: number, t: number): boolean {
  const key = r.keys[k]!;
  if (key.length < 2 || r.c.grammarWords.has(key)) return false;
  const { upper, shouting } = isCapitalised(r, k);
  if (!upper || shouting) return false;
  return r.possessive[k]! || (k + 1 < t && r.c.sets.subjectVerbs.has(r.keys[k + 1]!));
}

type Subject = 'self' | 'mine' | 'other' | 'none';

/** Whose feeling the match [t, u) is: the writer's, someone else's, or unsaid (a fragment). */
function subjectOf(r: Reading, t: number, u: number): Subject {
  const { keys, c } = r;
  const s = c.sets;
  // "got on my nerves", « me manque »: the phrase names the writer itself.
  for (let q = t; q < u; q += 1) {
    if (s.firstPerson.has(keys[q]!) || s.firstPossessive.has(keys[q]!)) return 'self';
  }
  if (u < keys.length && r.tokens.brk[u] === Break.None && s.firstPersonAfter.has(keys[u]!)) return 'self';
  const lo = Math.max(r.sentenceStart[t]!, t - SUBJECT_WINDOW);
  for (let k = t - 1; k >= lo; k -= 1) {
    const key = keys[k]!;
    if (s.firstPerson.has(key)) return 'self';
    if (s.firstPossessive.has(key)) return 'mine';
    if (s.otherPossessive.has(key)) {
      // "his anger", « sa peine »; but "without her" is an object, not a possessive.
      const object = k > 0 && s.prepositions.has(keys[k - 1]!);
      if (t - k <= 2 && !object) return 'other';
      continue;
    }
    if (s.reflexiveOther.has(key)) {
      // « on se sent », « elle s'inquiète », but « l'examen s'est bien passé » says nothing of anyone.
      const before = k > 0 ? keys[k - 1]! : '';
      if (before === 'on' || before === 'nous') return 'self';
      if (s.otherPerson.has(before) || s.personNouns.has(before) || (k > 0 && looksLikeName(r, k - 1, t))) {
        return 'other';
      }
      continue;
    }
    if (s.otherPerson.has(key)) {
      if (key === 'il' && k + 1 < keys.length && s.impersonalAfterIl.has(keys[k + 1]!)) continue;
      // « avec elle », "with you": an object. « il » is never one, so « qu'il » stays a subject.
      if (key !== 'il' && key !== 'ils' && k > 0 && s.prepositions.has(keys[k - 1]!)) continue;
      return 'other';
    }
    if (s.indefinitePersons.has(key) && k + 1 < t && s.subjectVerbs.has(keys[k + 1]!)) return 'other';
    if (s.personNouns.has(key) && (r.possessive[k] || (k + 1 < t && s.subjectVerbs.has(keys[k + 1]!)))) {
      // "dinner with the in-laws was tense": a person after a preposition is not the subject.
      let object = false;
      for (let q = k - 1; q >= Math.max(lo, k - 3) && !object; q -= 1) object = s.prepositions.has(keys[q]!);
      if (!object) return 'other';
    }
    if (looksLikeName(r, k, t)) return 'other';
  }
  return 'none';
}

/** Intensifiers and diminishers before, inside and after the match, each count capped. */
function intensity(r: Reading, t: number, u: number, inner: Modifiers): Modifiers {
  const { keys, tokens, c } = r;
  const { brk } = tokens;
  const s = c.sets;
  const lo = r.scopeStart[t]!;
  let up = inner.up;
  let down = inner.down;
  let fillers = 0;
  let k = t - 1;
  for (let step = 0; step < MODIFIER_STEPS && k >= lo; step += 1) {
    const dim = s.diminishers.endingAt(keys, brk, k, lo);
    const int = s.intensifiers.endingAt(keys, brk, k, lo);
    if (dim > 0 && dim >= int) {
      down += 1;
      k -= dim;
    } else if (int > 0) {
      up += 1;
      k -= int;
    } else if (fillers < MAX_FILLERS && s.fillers.has(keys[k]!)) {
      fillers += 1;
      k -= 1;
    } else {
      break;
    }
  }
  if (
    u < keys.length &&
    brk[u] === Break.None &&
    s.postIntensifiers.startingAt(keys, brk, u, keys.length) > 0
  ) {
    up += 1;
  }
  // SHOUTED WORDS: the writer's own emphasis.
  const start = r.norm.starts[tokens.from[t]!]!;
  const end = r.norm.ends[tokens.to[u - 1]! - 1]!;
  const excerpt = r.text.slice(start, end);
  if (excerpt.length >= 3 && excerpt === excerpt.toUpperCase() && excerpt !== excerpt.toLowerCase()) up += 1;
  return { up: Math.min(up, MAX_MODIFIERS), down: Math.min(down, MAX_MODIFIERS) };
}

/** The weight one match contributes, or 0 when it does not speak of the writer's own feeling. */
function weigh(r: Reading, m: PhraseMatch): number {
  const { t, u, phrase } = m;
  const pol = polarity(r, t, u);
  if (pol === 'negated' || unreal(r, t)) return 0;
  const question = r.inQuestion[t] === 1;
  if (phrase.kind !== 'cause' || question) {
    const subject = subjectOf(r, t, u);
    if (subject === 'other') return 0;
    // A question speaks of the writer only with "I" in it: "why am I so tired?", not "is it normal to be
    // scared?"; rhetorical phrases ("what's the point?") are `cause` and stand on their own.
    if (question && subject !== 'self' && phrase.kind !== 'cause') return 0;
    if (phrase.kind === 'self' && subject !== 'self') return 0;
    if (subject === 'none' && attributive(r, t, u)) return 0;
  }
  const { up, down } = intensity(r, t, u, m);
  const boost = up + (pol === 'intensified' ? 1 : 0);
  return Math.min(MAX_WEIGHT, phrase.weight * INTENSIFY ** Math.min(boost, MAX_MODIFIERS) * DIMINISH ** down);
}

// ── Suggesting ────────────────────────────────────────────────────────────────────────────────────

function read(text: string, norm: FoldedText, tokens: Tokens, lang: ContentLang): Reading {
  const c = compiled(lang);
  const n = tokens.raw.length;
  const keys: string[] = new Array<string>(n);
  const possessive: boolean[] = new Array<boolean>(n);
  for (let t = 0; t < n; t += 1) {
    const k = keyOf(tokens.raw[t]!, lang);
    keys[t] = k.key;
    possessive[t] = k.possessive;
  }
  const sentenceStart = new Int32Array(n);
  const clauseStart = new Int32Array(n);
  const scopeStart = new Int32Array(n);
  for (let t = 0; t < n; t += 1) {
    const b = tokens.brk[t]!;
    sentenceStart[t] = b === Break.Sentence || t === 0 ? t : sentenceStart[t - 1]!;
    clauseStart[t] = b !== Break.None || t === 0 ? t : clauseStart[t - 1]!;
    scopeStart[t] = b !== Break.None || t === 0 ? t : scopeStart[t - 1]!;
    // "but", « mais »: what comes after is not under what came before.
    if (
      b === Break.None &&
      t > 0 &&
      c.sets.scopeBreakers.endingAt(keys, tokens.brk, t - 1, clauseStart[t - 1]!) > 0
    ) {
      scopeStart[t] = t;
    }
  }
  const inQuestion = new Uint8Array(n);
  for (let t = n - 1; t >= 0; t -= 1) {
    const last = t === n - 1 || tokens.brk[t + 1] === Break.Sentence;
    inQuestion[t] = last ? (tokens.questionAfter[t] ? 1 : 0) : inQuestion[t + 1]!;
  }
  return { c, text, norm, tokens, keys, possessive, sentenceStart, clauseStart, scopeStart, inQuestion };
}

/** Counts of intensifiers and diminishers. */
interface Modifiers {
  readonly up: number;
  readonly down: number;
}

/** A lexicon phrase found at tokens [t, u), with the modifiers it absorbed. */
interface PhraseMatch extends Modifiers {
  readonly phrase: MirrorPhrase;
  readonly t: number;
  readonly u: number;
}

/** The longest phrase starting at token t, letting a few modifiers sit between its words. */
function matchAt(r: Reading, t: number): PhraseMatch | null {
  const { keys } = r;
  const { brk } = r.tokens;
  const { intensifiers, diminishers } = r.c.sets;
  for (const phrase of r.c.byFirst.get(keys[t]!) ?? []) {
    let pos = t + 1;
    let up = 0;
    let down = 0;
    let skipped = 0;
    let ok = true;
    for (let q = 1; q < phrase.keys.length && ok; q += 1) {
      for (;;) {
        if (pos >= keys.length || brk[pos] !== Break.None) {
          ok = false;
          break;
        }
        if (keys[pos] === phrase.keys[q]) break;
        const dim = diminishers.startingAt(keys, brk, pos, keys.length);
        const int = intensifiers.startingAt(keys, brk, pos, keys.length);
        const len = Math.max(dim, int);
        if (len === 0 || skipped + len > MAX_INNER_MODIFIERS) {
          ok = false;
          break;
        }
        if (dim >= int) down += 1;
        else up += 1;
        skipped += len;
        pos += len;
      }
      pos += 1;
    }
    if (ok) return { phrase, t, u: pos, up, down };
  }
  return null;
}

interface Evidence {
  /** Product of (1 − weight): the chance every match is wrong, so 1 − miss is the score. */
  miss: number;
  sum: number;
  first: number;
  triggers: { start: number; end: number; weight: number }[];
}

/**
 * Suggests up to three feelings from the catalogue for a journal text, each with the words that
 * suggested it. Reads only the writer's own, un-negated, actually-felt feelings; ordered by score.
 * Deterministic, local and linear in the length of the text.
 */
export function suggestEmotions(text: string, options: MirrorOptions = {}): MirrorSuggestion[] {
  const max =
    options.max === undefined || !Number.isFinite(options.max)
      ? MAX_SUGGESTIONS
      : Math.min(MAX_SUGGESTIONS, Math.max(0, Math.floor(options.max)));
  if (text.length === 0 || max === 0) return [];
  const norm = foldText(text);
  const tokens = tokenize(norm, text);
  if (tokens.raw.length === 0) return [];
  const lang = options.lang ?? languageOf(tokens.raw);
  const r = read(text, norm, tokens, lang);
  const exclude = new Set(options.exclude ?? []);
  const evidence = new Map<string, Evidence>();
  const { keys } = r;

  for (let t = 0; t < keys.length;) {
    const m = matchAt(r, t);
    if (!m) {
      t += 1;
      continue;
    }
    const { u, phrase: matched } = m;
    if (matched.id !== null && !exclude.has(matched.id)) {
      const weight = weigh(r, m);
      if (weight > 0) {
        const start = norm.starts[tokens.from[t]!]!;
        const end = norm.ends[tokens.to[u - 1]! - 1]!;
        const e = evidence.get(matched.id) ?? { miss: 1, sum: 0, first: start, triggers: [] };
        e.miss *= 1 - weight;
        e.sum += weight;
        e.triggers.push({ start, end, weight });
        // Keep the strongest few; a huge entry must not grow this without bound.
        if (e.triggers.length > MAX_TRIGGERS * 4) {
          e.triggers.sort((a, b) => b.weight - a.weight || a.start - b.start);
          e.triggers.length = MAX_TRIGGERS;
        }
        evidence.set(matched.id, e);
      }
    }
    t = u;
  }

  const suggestions: (MirrorSuggestion & { sum: number; first: number })[] = [];
  for (const [id, e] of evidence) {
    const score = Math.round((1 - e.miss) * 1000) / 1000;
    if (score < MIN_SCORE) continue;
    const triggers = e.triggers
      .sort((a, b) => b.weight - a.weight || a.start - b.start)
      .slice(0, MAX_TRIGGERS)
      .sort((a, b) => a.start - b.start)
      .map(({ start, end }) => ({ start, end, text: text.slice(start, end) }));
    suggestions.push({ id, score, triggers, sum: e.sum, first: e.first });
  }
  suggestions.sort((a, b) => b.score - a.score || b.sum - a.sum || a.first - b.first);
  return suggestions.slice(0, max).map(({ id, score, triggers }) => ({ id, score, triggers }));
}
