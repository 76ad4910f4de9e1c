import { Pause } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DESIRE_GROUPS, DESIRE_LIST } from '../../../../shared/content/couple/desireList';
import type { CoupleStatus, DesireAnswer, PartnerId } from '../../../../shared/domain/couple';
import { call } from '../../lib/api';
import { SecretForm } from './SecretForm';

const CHOICES: readonly DesireAnswer[] = ['yes', 'maybe', 'no'];

/**
 * One partner answers the desire list, alone at the screen: hand-over, a private consent
 * check-in, the list (native radios: arrow keys move within an item, Tab between items), then
 * their secret seals the whole list in one call. "Pause" stays visible at every step and keeps
 * nothing; the answers exist only in this component until they are sealed.
 */
export function DesireAnswering({
  partner,
  name,
  onSealed,
  onPause,
}: {
  partner: PartnerId;
  name: string;
  onSealed: (status: CoupleStatus) => void;
  onPause: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = (i18n.language ?? 'en').startsWith('fr') ? 'fr' : 'en';
  const id = useId();
  const [step, setStep] = useState<'handOver' | 'consent' | 'list' | 'seal' | 'sealed'>('handOver');
  const [consent, setConsent] = useState({ byChoice: false, canStop: false, partnerCanStop: false });
  const [answers, setAnswers] = useState<Record<string, DesireAnswer>>({});
  const [sealedStatus, setSealedStatus] = useState<CoupleStatus | null>(null);
  const total = DESIRE_LIST.items.length;
  const done = Object.keys(answers).length;
  const consented = consent.byChoice && consent.canStop && consent.partnerCanStop;

  return (
    <div className="couple-flow">
      <div className="couple-stop">
        {step === 'sealed' ? null : (
          <button type="button" className="button" onClick={onPause} title={t('couple.stop.pauseHint')}>
            <Pause size={16} aria-hidden /> {t('couple.stop.pause')}
          </button>
        )}
      </div>

      {step === 'handOver' ? (
        <div className="couple-card couple-handover">
          <h3>{t('couple.handOver.heading', { name })}</h3>
          <p>{t('couple.handOver.text', { name })}</p>
          <button type="button" className="button primary" autoFocus onClick={() => setStep('consent')}>
            {t('couple.handOver.ready', { name })}
          </button>
        </div>
      ) : step === 'consent' ? (
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
      ) : step === 'list' ? (
        <form
          aria-labelledby={`${id}-list`}
          onSubmit={(event) => {
            event.preventDefault();
            setStep('seal');
          }}
        >
          <h3 id={`${id}-list`}>{t('couple.list.heading')}</h3>
          <p>{t('couple.list.lede')}</p>
          <p className="hint">{t('couple.list.framework', { name: DESIRE_LIST.framework[lang] })}</p>
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
          <button type="submit" className="button primary">
            {t('couple.list.seal')}
          </button>
        </form>
      ) : step === 'seal' ? (
        <SecretForm
          heading={t('couple.secret.sealHeading', { name })}
          names={[name]}
          submitLabel={t('couple.list.seal')}
          onCancel={() => setStep('list')}
          onSubmit={async ([secret]) => {
            const status = await call('couple:desires:submit', {
              partner,
              secret: secret!,
              consent: { byChoice: true, canStop: true, partnerCanStop: true },
              answers,
            });
            setAnswers({});
            setSealedStatus(status);
            setStep('sealed');
          }}
        />
      ) : (
        <div className="couple-card couple-handover">
          <h3>{t('couple.sealed.heading')}</h3>
          <p>{t('couple.sealed.text')}</p>
          <button
            type="button"
            className="button primary"
            autoFocus
            onClick={() => sealedStatus && onSealed(sealedStatus)}
          >
            {t('couple.overlaps.back')}
          </button>
        </div>
      )}
    </div>
  );
}
