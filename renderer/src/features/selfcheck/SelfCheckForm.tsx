import { LifeBuoy } from 'lucide-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SCALES,
  needsSafetyScreen,
  scoreScale,
  type ScaleId,
  type ScaleResult,
} from '../../../../shared/content/scales';
import { FeedbackLine } from '../../components/SettingsSection';
import './selfcheck.css';

export interface SelfCheckFormProps {
  /** Which questionnaire to show. Changing it starts a fresh, empty form. */
  scale: ScaleId;
  /** Saves the answers (one per item, in item order); a rejection keeps them on screen to retry. */
  onSubmit: (answers: number[]) => Promise<void>;
  /** Leaves the form: before answering ("Cancel") or after saving ("Close"). */
  onCancel: () => void;
  /** Opens the help page with this explanation; called as soon as PHQ-9 item 9 is above 0. */
  onSafety: (reason: string) => void;
}

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** Labels and item texts go into sentences as they are: React escapes them, i18next must not. */
const RAW = { interpolation: { escapeValue: false } } as const;

/**
 * A self-check-in (WHO-5, PHQ-9 or GAD-7): one group of native radio buttons per item, so the
 * keyboard works as everywhere else (Tab between items, arrows between answers). The score is
 * shown with its published band and the reminder that it is something to discuss, not a finding.
 * A PHQ-9 with item 9 above 0 opens the help page at once, whether or not saving then works.
 */
export function SelfCheckForm(props: SelfCheckFormProps) {
  // A new scale means new items: remount rather than patch answers that belong to another scale.
  return <ScaleForm key={props.scale} {...props} />;
}

function ScaleForm({ scale: scaleId, onSubmit, onCancel, onSafety }: SelfCheckFormProps) {
  const { t, i18n } = useTranslation();
  const lang = (i18n.language ?? 'en').startsWith('fr') ? 'fr' : 'en';
  const scale = SCALES[scaleId];
  const id = useId();
  const [answers, setAnswers] = useState<Array<number | null>>(() => scale.items.map(() => null));
  const [result, setResult] = useState<ScaleResult | null>(null);
  const [safety, setSafety] = useState(false);
  const [save, setSave] = useState<SaveState>('idle');
  const resultRef = useRef<HTMLHeadingElement>(null);

  const answered = answers.filter((a) => a !== null).length;
  const total = scale.items.length;
  const complete = answered === total;
  const locked = save === 'saving' || save === 'saved';

  // Show where the score is, unless the help page has just opened: its title keeps the focus.
  useEffect(() => {
    if (result && !safety) resultRef.current?.focus();
  }, [result, safety]);

  function choose(index: number, value: number) {
    if (locked) return;
    setAnswers((current) => current.map((a, i) => (i === index ? value : a)));
    // A changed answer makes an unsaved score stale.
    setResult(null);
    setSafety(false);
    setSave('idle');
  }

  async function persist(values: number[]) {
    setSave('saving');
    try {
      await onSubmit(values);
      setSave('saved');
    } catch {
      setSave('failed');
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!complete || locked) return;
    const values = answers.map((a) => a ?? 0);
    const scored = scoreScale(scaleId, values);
    const needsHelp = needsSafetyScreen(scaleId, values);
    setResult(scored);
    setSafety(needsHelp);
    // Before saving, and whatever saving does: the help page must not wait for the disk.
    if (needsHelp) onSafety(t('selfcheck.safety.message'));
    void persist(values);
  }

  return (
    <form className="selfcheck" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{scale.name[lang]}</h2>
      <p className="hint">{t('selfcheck.intro')}</p>

      <fieldset className="selfcheck-scale" disabled={locked}>
        <legend className="selfcheck-period">{scale.period[lang]}</legend>
        <ol className="selfcheck-items">
          {scale.items.map((item, index) => (
            <li key={item.id} className="selfcheck-item">
              <fieldset>
                <legend>{item.text[lang]}</legend>
                <div className="selfcheck-options">
                  {scale.options.map((option) => (
                    <label key={option.value} className="selfcheck-option">
                      <input
                        type="radio"
                        name={`${id}-${item.id}`}
                        value={option.value}
                        checked={answers[index] === option.value}
                        onChange={() => choose(index, option.value)}
                      />
                      <span>{option.label[lang]}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
      </fieldset>

      <p className="hint selfcheck-progress" id={`${id}-progress`}>
        <span>{t('selfcheck.progress', { answered, total })}</span>
        {complete ? null : <span> {t('selfcheck.incomplete')}</span>}
      </p>

      {result ? (
        <section className="selfcheck-result" aria-labelledby={`${id}-result`}>
          <h3 id={`${id}-result`} ref={resultRef} tabIndex={-1}>
            {t('selfcheck.result.heading')}
          </h3>
          <p className="selfcheck-score">
            {t('selfcheck.result.score', {
              score: result.score,
              max: result.maxScore,
              band: result.band.label[lang],
              ...RAW,
            })}
          </p>
          <p className="hint">{t('selfcheck.result.note')}</p>
          <p className="hint selfcheck-source">
            {t('selfcheck.result.source', { source: scale.source[lang], ...RAW })}
          </p>
        </section>
      ) : null}

      {result && safety ? (
        <div className="message info selfcheck-safety" role="status">
          <p>{t('selfcheck.safety.message')}</p>
          <button type="button" className="button" onClick={() => onSafety(t('selfcheck.safety.message'))}>
            <LifeBuoy size={18} aria-hidden />
            {t('selfcheck.safety.open')}
          </button>
        </div>
      ) : null}

      {save === 'saved' ? <FeedbackLine feedback={{ kind: 'ok', text: t('selfcheck.saved') }} /> : null}
      {save === 'failed' ? (
        <FeedbackLine feedback={{ kind: 'error', text: t('selfcheck.saveFailed') }} />
      ) : null}

      <div className="button-row">
        {save === 'saved' ? (
          <button type="button" className="button primary" onClick={onCancel}>
            {t('selfcheck.close')}
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={onCancel}>
              {t('selfcheck.cancel')}
            </button>
            {save === 'failed' ? (
              <button
                type="button"
                className="button primary"
                onClick={() => void persist(answers.map((a) => a ?? 0))}
              >
                {t('selfcheck.retry')}
              </button>
            ) : (
              <button
                type="submit"
                className="button primary"
                disabled={!complete || locked}
                aria-describedby={`${id}-progress`}
                aria-busy={save === 'saving'}
              >
                {save === 'saving' ? t('selfcheck.saving') : t('selfcheck.submit')}
              </button>
            )}
          </>
        )}
      </div>
    </form>
  );
}
