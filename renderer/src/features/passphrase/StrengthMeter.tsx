import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadEstimator, type Estimator } from './estimator';
import { crackTime, METER_STEPS, strengthHints, strengthLevel } from './strengthScale';
import './strength.css';

/** zxcvbn for the UI language, loaded the first time there is something to rate. */
function useEstimator(wanted: boolean, language: 'en' | 'fr'): Estimator | null {
  const [ready, setReady] = useState<{ language: string; estimate: Estimator } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    loadEstimator(language)
      .then((estimate) => live && setReady({ language, estimate }))
      .catch(() => undefined); // no meter then; the core's length rule still stands
    return () => {
      live = false;
    };
  }, [wanted, language]);
  return ready?.language === language ? ready.estimate : null;
}

/**
 * The strength of a new passphrase (onboarding, change of passphrase, backup passphrase): a
 * four-step meter with zxcvbn's score in words, the time an attacker holding the journal file
 * would need, and our own hints. Only the level is read out as it changes; the rest is there
 * to read, not announced at every keystroke.
 */
export function StrengthMeter({ passphrase }: { passphrase: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const estimator = useEstimator(passphrase !== '', language);
  // Rated a beat behind the keyboard: typing never waits for the estimate.
  const rated = useDeferredValue(passphrase);
  const estimate = useMemo(() => (estimator && rated ? estimator(rated) : null), [estimator, rated]);

  if (!passphrase) return null;
  if (!estimate) {
    return (
      <p className="strength-estimating" role="status">
        {t('strength.estimating')}
      </p>
    );
  }
  const level = strengthLevel(estimate.score);
  const time = crackTime(estimate.guesses);
  const hints = strengthHints(estimate.warning, estimate.suggestions);
  return (
    <div className="strength" data-testid="strength">
      <div className="strength-row">
        <div className="strength-meter" data-level={level} aria-hidden="true">
          {Array.from({ length: METER_STEPS }, (_, step) => (
            <span key={step} className={step < estimate.score ? 'on' : undefined} />
          ))}
        </div>
        <p className="strength-level" aria-live="polite">
          {t('strength.label', { level: t(`strength.level.${level}`) })}
        </p>
      </div>
      <p className="strength-time">
        {t('strength.crack', {
          time:
            'count' in time
              ? t(`strength.time.${time.unit}`, { count: time.count })
              : t(`strength.time.${time.unit}`),
        })}{' '}
        <span className="strength-note">{t('strength.note')}</span>
      </p>
      {hints.length > 0 ? (
        <ul className="strength-hints">
          {hints.map((hint) => (
            <li key={hint}>{t(`strength.hint.${hint}`)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
