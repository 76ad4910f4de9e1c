import { describe, expect, it } from 'vitest';
import { loadEstimator } from '../../renderer/src/features/passphrase/estimator';
import {
  crackTime,
  OFFLINE_GUESSES_PER_SECOND,
  strengthHints,
  strengthLevel,
} from '../../renderer/src/features/passphrase/strengthScale';

const SECONDS = { minute: 60, hour: 3600, day: 86_400, year: 365.25 * 86_400 };
const guessesFor = (seconds: number) => seconds * OFFLINE_GUESSES_PER_SECOND;

describe('the strength scale', () => {
  it('names each of zxcvbn’s five scores', () => {
    expect([0, 1, 2, 3, 4].map((s) => strengthLevel(s as 0 | 1 | 2 | 3 | 4))).toEqual([
      'veryWeak',
      'weak',
      'fair',
      'good',
      'strong',
    ]);
  });

  it('turns guesses into the time an offline attacker would need, in one plain unit', () => {
    expect(crackTime(0)).toEqual({ unit: 'underMinute' });
    expect(crackTime(guessesFor(59))).toEqual({ unit: 'underMinute' });
    expect(crackTime(guessesFor(SECONDS.minute))).toEqual({ unit: 'minutes', count: 1 });
    expect(crackTime(guessesFor(3 * SECONDS.hour + 50 * SECONDS.minute))).toEqual({
      unit: 'hours',
      count: 3,
    });
    expect(crackTime(guessesFor(12 * SECONDS.day))).toEqual({ unit: 'days', count: 12 });
    expect(crackTime(guessesFor(90 * SECONDS.day))).toEqual({ unit: 'months', count: 2 });
    expect(crackTime(guessesFor(40 * SECONDS.year))).toEqual({ unit: 'years', count: 40 });
    expect(crackTime(guessesFor(100 * SECONDS.year))).toEqual({ unit: 'centuries' });
    expect(crackTime(Infinity)).toEqual({ unit: 'centuries' });
  });

  it('picks our own hints from zxcvbn’s codes, at most two, what is wrong first', () => {
    expect(strengthHints('topTen', ['anotherWord'])).toEqual(['common', 'addWords']);
    expect(strengthHints('straightRow', ['anotherWord', 'longerKeyboardPattern'])).toEqual([
      'keyboard',
      'addWords',
    ]);
    expect(strengthHints('userInputs', ['capitalization', 'anotherWord'])).toEqual(['aboutApp', 'addWords']);
    expect(strengthHints(null, ['anotherWord', 'l33t', 'capitalization'])).toEqual([
      'addWords',
      'predictableChanges',
    ]);
    expect(strengthHints(null, [])).toEqual([]);
    // A code we do not know (a later zxcvbn) is left out rather than shown in English.
    expect(strengthHints('somethingNew', ['somethingElse'])).toEqual([]);
  });
});

describe('the zxcvbn estimator with our offline thresholds', () => {
  it('rates the most common passwords as very weak and says why', async () => {
    const estimate = (await loadEstimator('en'))('password');
    expect(estimate.score).toBe(0);
    expect(strengthHints(estimate.warning, estimate.suggestions)).toEqual(['common', 'addWords']);
    expect(crackTime(estimate.guesses)).toEqual({ unit: 'underMinute' });
  });

  it('knows French words with the French dictionaries', async () => {
    const [en, fr] = await Promise.all([loadEstimator('en'), loadEstimator('fr')]);
    expect(fr('parapluie').guesses).toBeLessThan(en('parapluie').guesses / 1000);
    expect(fr('bibliothèque').score).toBe(0);
    expect(fr('bibliothèque').warning).toBe('wordByItself');
  });

  it('sees through the app’s own name and keyboard rows', async () => {
    const estimate = await loadEstimator('en');
    expect(estimate('Alcove2024').warning).toBe('userInputs');
    expect(estimate('Alcove2024').score).toBeLessThanOrEqual(1);
    expect(estimate('azertyuiop').warning).toBe('straightRow');
  });

  it('keeps "strong" for passphrases that would take an offline attacker centuries', async () => {
    const estimate = await loadEstimator('en');
    const long = estimate('river candle orbit maple');
    expect(long.score).toBe(4);
    expect(crackTime(long.guesses)).toEqual({ unit: 'centuries' });
    // A classic "complex" password is not strong against an attacker holding the file.
    expect(estimate('Tr0ub4dor&3').score).toBeLessThan(4);
  });
});
