import { Pause } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TalkExercise } from '../../../../shared/content/couple/talk';
import type { PartnerId } from '../../../../shared/domain/couple';
import type { TalkFields, TalkStatus } from '../../../../shared/domain/coupleTalk';
import { call } from '../../lib/api';
import { WarningNotice } from '../safety/WarningNotice';
import { ConsentCheckIn } from './ConsentCheckIn';
import { SecretForm } from './SecretForm';

const SCALE = Array.from({ length: 11 }, (_, i) => i);

/**
 * One partner answers a conversation round, alone at the screen: hand-over, the consent
 * check-in for an intimate exercise, the fields, then their secret seals the answer. The draft
 * lives only in this component until it is sealed; "Pause" is visible at every step and keeps
 * nothing. Under each text field, the warning notice speaks only to the one writing.
 */
export function TalkAnswering({
  exercise,
  question,
  roundId,
  partner,
  name,
  onSealed,
  onPause,
}: {
  exercise: TalkExercise;
  /** The deck's question, in the reader's language; null for the other exercises. */
  question: string | null;
  roundId: string;
  partner: PartnerId;
  name: string;
  onSealed: (status: TalkStatus) => void;
  onPause: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = (i18n.language ?? 'en').startsWith('fr') ? 'fr' : 'en';
  const id = useId();
  const [step, setStep] = useState<'handOver' | 'consent' | 'fields' | 'seal' | 'sealed'>('handOver');
  const [fields, setFields] = useState<TalkFields>({});
  const [empty, setEmpty] = useState(false);
  const [sealedStatus, setSealedStatus] = useState<TalkStatus | null>(null);
  const hasSomething = Object.values(fields).some((v) => typeof v === 'number' || v.trim() !== '');

  return (
    <div className="couple-flow talk-answering">
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
          <button
            type="button"
            className="button primary"
            autoFocus
            onClick={() => setStep(exercise.intimate ? 'consent' : 'fields')}
          >
            {t('couple.handOver.ready', { name })}
          </button>
        </div>
      ) : step === 'consent' ? (
        <ConsentCheckIn
          name={name}
          startLabel={t('coupleTalk.answer.consentStart')}
          onConsented={() => setStep('fields')}
        />
      ) : step === 'fields' ? (
        <form
          aria-labelledby={`${id}-title`}
          onSubmit={(event) => {
            event.preventDefault();
            if (!hasSomething) {
              setEmpty(true);
              return;
            }
            setStep('seal');
          }}
        >
          <h3 id={`${id}-title`}>{question ?? exercise.title[lang]}</h3>
          <p>{t('coupleTalk.answer.lede', { name })}</p>
          <p className="hint">
            {t('coupleTalk.exercise.framework', {
              text: exercise.framework[lang],
              interpolation: { escapeValue: false },
            })}
          </p>
          {exercise.fields.map((field) => {
            const fieldId = `${id}-${field.id}`;
            const hintId = `${fieldId}-hint`;
            if (field.kind === 'scale') {
              const value = fields[field.id];
              return (
                <fieldset key={field.id} className="couple-item talk-scale" aria-describedby={hintId}>
                  <legend>{field.label[lang]}</legend>
                  <p id={hintId} className="hint talk-scale-ends">
                    <span>{field.low[lang]}</span>
                    <span>{field.high[lang]}</span>
                  </p>
                  <div className="couple-options">
                    {SCALE.map((n) => (
                      <label key={n} className="couple-option talk-scale-option">
                        <input
                          type="radio"
                          name={fieldId}
                          value={n}
                          checked={value === n}
                          onChange={() => setFields((f) => ({ ...f, [field.id]: n }))}
                        />
                        <span>{n}</span>
                      </label>
                    ))}
                  </div>
                </fieldset>
              );
            }
            const text = typeof fields[field.id] === 'string' ? (fields[field.id] as string) : '';
            return (
              <div key={field.id} className="field talk-field">
                <label htmlFor={fieldId}>{field.label[lang]}</label>
                {field.hint ? (
                  <p id={hintId} className="hint">
                    {field.hint[lang]}
                  </p>
                ) : null}
                <textarea
                  id={fieldId}
                  rows={question !== null ? 6 : 3}
                  maxLength={4000}
                  value={text}
                  aria-describedby={field.hint ? hintId : undefined}
                  onChange={(e) => {
                    const next = e.target.value;
                    setEmpty(false);
                    setFields((f) => ({ ...f, [field.id]: next }));
                  }}
                />
                <WarningNotice text={text} />
              </div>
            );
          })}
          {empty ? (
            <p className="message error" role="alert">
              {t('coupleTalk.answer.empty')}
            </p>
          ) : null}
          <p className="hint">{t('coupleTalk.answer.sealHint')}</p>
          <button type="submit" className="button primary">
            {t('coupleTalk.answer.seal')}
          </button>
        </form>
      ) : step === 'seal' ? (
        <SecretForm
          heading={t('coupleTalk.answer.sealHeading', { name })}
          names={[name]}
          submitLabel={t('coupleTalk.answer.seal')}
          onCancel={() => setStep('fields')}
          onSubmit={async ([secret]) => {
            const status = await call('couple:talk:answer', {
              partner,
              secret: secret!,
              roundId,
              ...(exercise.intimate
                ? { consent: { byChoice: true, canStop: true, partnerCanStop: true } }
                : {}),
              fields,
            });
            setFields({});
            setSealedStatus(status);
            setStep('sealed');
          }}
        />
      ) : (
        <div className="couple-card couple-handover">
          <h3>{t('coupleTalk.answer.sealedHeading')}</h3>
          <p>{t('coupleTalk.answer.sealed')}</p>
          <button
            type="button"
            className="button primary"
            autoFocus
            onClick={() => sealedStatus && onSealed(sealedStatus)}
          >
            {t('coupleTalk.exercise.back')}
          </button>
        </div>
      )}
    </div>
  );
}
