import { SCORE_THRESHOLDS, type Score } from './strengthScale';

export interface Estimate {
  score: Score;
  guesses: number;
  /** zxcvbn's warning code (never its English sentence), or null. */
  warning: string | null;
  /** zxcvbn's suggestion codes. */
  suggestions: string[];
}

export type Estimator = (passphrase: string) => Estimate;

/**
 * Words an attacker who knows which app made the file would try first. Checked as the user's
 * own inputs, so a passphrase built on them is rated as weak as it is.
 */
const APP_WORDS = ['alcove', 'journal', 'notes', 'passphrase', 'phrase secrète', 'motdepasse'];

const loaded = new Map<'en' | 'fr', Promise<Estimator>>();

/**
 * zxcvbn with the common dictionaries and those of the UI language, loaded on first use by
 * dynamic import: several megabytes of word lists that the unlock screen never needs.
 * No network matcher (such as haveibeenpwned) is ever added: everything stays on the machine.
 */
export function loadEstimator(language: 'en' | 'fr'): Promise<Estimator> {
  let estimator = loaded.get(language);
  if (!estimator) {
    estimator = build(language);
    loaded.set(language, estimator);
    estimator.catch(() => loaded.delete(language)); // a failed load may be tried again
  }
  return estimator;
}

async function build(language: 'en' | 'fr'): Promise<Estimator> {
  const [{ ZxcvbnFactory }, common, words] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    language === 'fr' ? import('@zxcvbn-ts/language-fr') : import('@zxcvbn-ts/language-en'),
  ]);
  // No `translations`: zxcvbn then returns its warning and suggestion codes, which pick our hints.
  const zxcvbn = new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...words.dictionary },
    graphs: common.adjacencyGraphs,
    timeEstimationValues: {
      scoring: SCORE_THRESHOLDS,
      attackTime: {
        onlineThrottlingXPerHour: 100,
        onlineNoThrottlingXPerSecond: 10,
        offlineSlowHashingXPerSecond: 1e4,
        offlineFastHashingXPerSecond: 1e10,
      },
    },
  });
  return (passphrase) => {
    const result = zxcvbn.check(passphrase, APP_WORDS);
    return {
      score: result.score,
      guesses: result.guesses,
      warning: result.feedback.warning,
      suggestions: result.feedback.suggestions,
    };
  };
}
