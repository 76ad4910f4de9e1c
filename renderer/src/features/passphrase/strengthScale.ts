/**
 * What a zxcvbn estimate means for this journal, as pure data: the level word, the time an
 * attacker holding the vault file would need, and our own hints. Nothing here imports zxcvbn,
 * so the unlock screen never pays for its dictionaries (estimator.ts loads them on demand).
 */

/**
 * Guesses per second of a well-equipped attacker who copied the vault file and attacks it
 * offline. Every guess costs a full Argon2id run (about 256 MiB and most of a second here,
 * never below 64 MiB): a rack of graphics cards manages thousands a second, not billions.
 * 10,000 is zxcvbn's own "slow hash, offline" rate, on the pessimistic side for Argon2id.
 */
export const OFFLINE_GUESSES_PER_SECOND = 10_000;

/**
 * zxcvbn's score thresholds (guesses below which a score is given) are set for online attacks;
 * these match the offline attack above: 0 falls in under two minutes, 1 within a day or so,
 * 2 within months, 3 within decades, 4 takes longer. zxcvbn accepts only stricter values than
 * its own, which these are.
 */
export const SCORE_THRESHOLDS = { 0: 1e6, 1: 1e9, 2: 1e11, 3: 1e13 } as const;

export type Score = 0 | 1 | 2 | 3 | 4;
export const STRENGTH_LEVELS = ['veryWeak', 'weak', 'fair', 'good', 'strong'] as const;
export type StrengthLevel = (typeof STRENGTH_LEVELS)[number];
/** The meter has four steps: a score of n fills n of them (0 fills none). */
export const METER_STEPS = 4;

export function strengthLevel(score: Score): StrengthLevel {
  return STRENGTH_LEVELS[score];
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30.44 * DAY;
const YEAR = 365.25 * DAY;

export type CrackTime =
  | { unit: 'underMinute' }
  | { unit: 'minutes' | 'hours' | 'days' | 'months' | 'years'; count: number }
  | { unit: 'centuries' };

/** The estimated guesses as a plain-language time at the offline rate, rounded to one unit. */
export function crackTime(guesses: number, perSecond: number = OFFLINE_GUESSES_PER_SECOND): CrackTime {
  const seconds = guesses / perSecond;
  if (!(seconds >= MINUTE)) return { unit: 'underMinute' };
  if (seconds >= 100 * YEAR) return { unit: 'centuries' };
  const [unit, size] =
    seconds < HOUR
      ? (['minutes', MINUTE] as const)
      : seconds < DAY
        ? (['hours', HOUR] as const)
        : seconds < MONTH
          ? (['days', DAY] as const)
          : seconds < YEAR
            ? (['months', MONTH] as const)
            : (['years', YEAR] as const);
  return { unit, count: Math.max(1, Math.floor(seconds / size)) };
}

/**
 * Our hints, keyed by what zxcvbn noticed. Its own sentences are English only, so its warning
 * and suggestion codes (it returns the codes when given no translations) pick one of ours.
 */
export const HINTS = [
  'common',
  'singleWord',
  'names',
  'keyboard',
  'repeat',
  'sequence',
  'dates',
  'aboutApp',
  'predictableChanges',
  'addWords',
] as const;
export type Hint = (typeof HINTS)[number];

const WARNING_HINTS: Record<string, Hint> = {
  topTen: 'common',
  topHundred: 'common',
  common: 'common',
  similarToCommon: 'common',
  pwned: 'common',
  wordByItself: 'singleWord',
  namesByThemselves: 'names',
  commonNames: 'names',
  straightRow: 'keyboard',
  keyPattern: 'keyboard',
  simpleRepeat: 'repeat',
  extendedRepeat: 'repeat',
  sequences: 'sequence',
  recentYears: 'dates',
  dates: 'dates',
  userInputs: 'aboutApp',
};

const SUGGESTION_HINTS: Record<string, Hint> = {
  l33t: 'predictableChanges',
  capitalization: 'predictableChanges',
  allUppercase: 'predictableChanges',
  reverseWords: 'predictableChanges',
  anotherWord: 'addWords',
  useWords: 'addWords',
};

/** At most two hints: what is wrong first (the warning), then what would help most. */
export function strengthHints(warning: string | null, suggestions: readonly string[]): Hint[] {
  const hints: Hint[] = [];
  const fromWarning = warning ? WARNING_HINTS[warning] : undefined;
  if (fromWarning) hints.push(fromWarning);
  for (const code of suggestions) {
    const hint = SUGGESTION_HINTS[code];
    if (hint && !hints.includes(hint)) hints.push(hint);
  }
  if (hints.length <= 2) return hints;
  // Three or more: keep what is wrong, and "add a word", the change that helps most.
  const [first, ...rest] = hints as [Hint, ...Hint[]];
  return [first, rest.includes('addWords') ? 'addWords' : rest[0]!];
}
