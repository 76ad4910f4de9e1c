import { DesireListFields } from './DesireListFields';
import { ConsentCheckIn } from './ConsentCheckIn';
import { Pause } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesireAnswer } from '../../../../shared/domain/couple';
import type { ExchangeStatus } from '../../../../shared/domain/coupleExchange';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';

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
  const { t } = useTranslation();
  const id = useId();
  const [step, setStep] = useState<'consent' | 'list'>('consent');
  const [answers, setAnswers] = useState<Record<string, DesireAnswer>>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

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
        <ConsentCheckIn
          name={name}
          startLabel={t('couple.consent.start')}
          onConsented={() => setStep('list')}
        />
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
          <DesireListFields answers={answers} setAnswers={setAnswers} />
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
