import { Pause } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DESIRE_GROUPS, DESIRE_LIST } from '../../../../shared/content/couple/desireList';
import type { DesireAnswer } from '../../../../shared/domain/couple';
import type { ExchangeStatus } from '../../../../shared/domain/coupleExchange';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';

const CHOICES: readonly DesireAnswer[] = ['yes', 'maybe', 'no'];

/**
 * I answer the desire list on my own computer, to invite my partner or to reply to their
 * invitation: the same private consent check-in as on one machine, then the list, then the
 * core makes the blinded file. "Pause" stays visible and keeps nothing: the answers exist only
 * in this component until the file is made, and the file never holds them in clear.
 */
export function ExchangeAnswering({
  role,
  name,
  onMade,
  onPause,
}: {
  role: 'initiator' | 'responder';
  name: string;
  onMade: (status: ExchangeStatus) => void;
  onPause: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = (i18n.language ?? 'en').startsWith('fr') ? 'fr' : 'en';
  const id = useId();
  const [step, setStep] = useState<'consent' | 'list'>('consent');
  const [consent, setConsent] = useState({ byChoice: false, canStop: false, partnerCanStop: false });
  const [answers, setAnswers] = useState<Record<string, DesireAnswer>>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const total = DESIRE_LIST.items.length;
  const done = Object.keys(answers).length;
  const consented = consent.byChoice && consent.canStop && consent.partnerCanStop;

  async function make() {
    setBusy(true);
    setProblem(null);
    try {
      const status = await call(role === 'initiator' ? 'couple:exchange:start' : 'couple:exchange:reply', {
        consent: { byChoice: true, canStop: true, partnerCanStop: true },
        answers,
      });
      setAnswers({});
      onMade(status);
    } catch (failure) {
      setProblem(describeError(t, failure));
      setBusy(false);
    }
  }

  return (
    <div className="couple-flow">
      <div className="couple-stop">
        <button type="button" className="button" onClick={onPause} title={t('couple.stop.pauseHint')}>
          <Pause size={16} aria-hidden /> {t('couple.stop.pause')}
        </button>
      </div>
      {step === 'consent' ? (
        <form
          className="couple-card"
          aria-labelledby={`${id}-consent`}
          onSubmit={(event) => {
            event.preventDefault();
            if (consented) setStep('list');
          }}
        >
          <h3 id={`${id}-consent`}>{t('couple.consent.heading')}</h3>
          <p>{t('couple.consent.lede', { name })}</p>
          {(['byChoice', 'canStop', 'partnerCanStop'] as const).map((key) => (
            <label key={key} className="checkbox">
              <input
                type="checkbox"
                checked={consent[key]}
                onChange={(e) => setConsent((c) => ({ ...c, [key]: e.target.checked }))}
              />
              <span>{t(`couple.consent.${key}`)}</span>
            </label>
          ))}
          <p className="hint">{t('couple.consent.notNow')}</p>
          <button type="submit" className="button primary" disabled={!consented}>
            {t('couple.consent.start')}
          </button>
        </form>
      ) : (
        <form
          aria-labelledby={`${id}-list`}
          onSubmit={(event) => {
            event.preventDefault();
            if (!busy) void make();
          }}
        >
          <h3 id={`${id}-list`}>{t('couple.list.heading')}</h3>
          <p>{t('coupleExchange.answer.lede')}</p>
          <p className="hint">
            {t('couple.list.framework')}: {DESIRE_LIST.framework[lang]}
          </p>
          <p className="couple-progress" role="status" aria-live="polite">
            <progress max={total} value={done} aria-hidden /> {t('couple.list.progress', { done, total })}
          </p>
          {DESIRE_GROUPS.map((group) => (
            <section key={group} className="couple-group" aria-labelledby={`${id}-${group}`}>
              <h4 id={`${id}-${group}`}>{DESIRE_LIST.groups[group][lang]}</h4>
              <ul className="couple-items">
                {DESIRE_LIST.items
                  .filter((item) => item.group === group)
                  .map((item) => (
                    <li key={item.id}>
                      <fieldset className="couple-item" data-item={item.id}>
                        <legend>{item[lang]}</legend>
                        <div className="couple-options">
                          {CHOICES.map((choice) => (
                            <label key={choice} className={`couple-option couple-${choice}`}>
                              <input
                                type="radio"
                                name={`${id}-${item.id}`}
                                value={choice}
                                checked={answers[item.id] === choice}
                                onChange={() => setAnswers((a) => ({ ...a, [item.id]: choice }))}
                              />
                              <span>{t(`couple.list.${choice}`)}</span>
                            </label>
                          ))}
                        </div>
                      </fieldset>
                    </li>
                  ))}
              </ul>
            </section>
          ))}
          <p className="hint">{t('couple.list.blankIsNo')}</p>
          <p className="hint">{t('couple.list.giveaway')}</p>
          {problem ? (
            <p className="message error" role="alert">
              {problem}
            </p>
          ) : null}
          <button type="submit" className="button primary" disabled={busy}>
            {busy
              ? t('coupleExchange.answer.working')
              : role === 'initiator'
                ? t('coupleExchange.answer.make')
                : t('coupleExchange.answer.makeReply')}
          </button>
        </form>
      )}
    </div>
  );
}
