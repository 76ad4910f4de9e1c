import { Pause } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoupleStatus, DesireAnswer, PartnerId } from '../../../../shared/domain/couple';
import { call } from '../../lib/api';
import { DesireListFields } from './DesireListFields';
import { ConsentCheckIn } from './ConsentCheckIn';
import { SecretForm } from './SecretForm';

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
  const { t } = useTranslation();
  const id = useId();
  const [step, setStep] = useState<'handOver' | 'consent' | 'list' | 'seal' | 'sealed'>('handOver');
  const [answers, setAnswers] = useState<Record<string, DesireAnswer>>({});
  const [sealedStatus, setSealedStatus] = useState<CoupleStatus | null>(null);

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
        <ConsentCheckIn
          name={name}
          startLabel={t('couple.consent.start')}
          onConsented={() => setStep('list')}
        />
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
          <DesireListFields answers={answers} setAnswers={setAnswers} />
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
