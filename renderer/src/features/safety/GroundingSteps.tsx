import { ArrowLeft, ArrowRight, Check, RotateCcw } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUNDING_SENSES } from '../../../../shared/domain/exerciseCatalogue';

/** Grounding 5-4-3-2-1 (CONTENT.md, "Exercise frameworks"): one sense at a time, fewer items each step. */
export { GROUNDING_SENSES };

/** One empty text per thing to notice, sense by sense. */
export const emptyGroundingNotes = () =>
  GROUNDING_SENSES.map(({ count }) => Array.from({ length: count }, () => ''));

export interface GroundingStepsProps {
  /**
   * What was noticed, when the parent keeps it (an exercise the person may choose to save). By
   * default it stays in this component's memory only.
   */
  readonly notes?: readonly (readonly string[])[];
  readonly onNotesChange?: (notes: string[][]) => void;
  /** When set, the last step's button finishes (calls this, with `finishLabel`) instead of showing the end. */
  readonly onFinish?: () => void;
  readonly finishLabel?: string;
  /** The longest text accepted per item (none by default). */
  readonly maxLength?: number;
  /** The level of the step headings (3 by default). */
  readonly headingLevel?: 3 | 4;
  /** Put focus on the first step's heading when shown (a new screen starts there). */
  readonly focusOnMount?: boolean;
}

/**
 * The exercise, step by step. On the safety screen what the user types stays in this component's
 * memory only: it is never saved or sent, and it is gone when the screen closes. Moving between
 * steps puts focus on the new step's heading so keyboard and screen reader users start there.
 */
export function GroundingSteps({
  notes: keptNotes,
  onNotesChange,
  onFinish,
  finishLabel,
  maxLength,
  headingLevel = 3,
  focusOnMount = false,
}: GroundingStepsProps = {}) {
  const { t } = useTranslation();
  const id = useId();
  const [step, setStep] = useState(0);
  const [ownNotes, setOwnNotes] = useState<string[][]>(emptyGroundingNotes);
  const notes = keptNotes ?? ownNotes;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(focusOnMount);
  const Heading = headingLevel === 4 ? 'h4' : 'h3';

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    headingRef.current?.focus();
  }, [step]);

  function go(to: number) {
    moved.current = true;
    setStep(to);
  }
  function setNotes(next: string[][]) {
    if (onNotesChange) onNotesChange(next);
    else setOwnNotes(next);
  }
  function restart() {
    setNotes(emptyGroundingNotes());
    go(0);
  }
  function note(item: number, value: string) {
    setNotes(notes.map((list, s) => (s === step ? list.map((v, i) => (i === item ? value : v)) : [...list])));
  }

  const current = GROUNDING_SENSES[step];
  if (!current) {
    return (
      <div className="grounding">
        <Heading ref={headingRef} tabIndex={-1}>
          {t('safety.grounding.doneTitle')}
        </Heading>
        <p>{t('safety.grounding.doneText')}</p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => go(GROUNDING_SENSES.length - 1)}>
            <ArrowLeft size={16} aria-hidden />
            {t('safety.grounding.back')}
          </button>
          <button type="button" className="button" onClick={restart}>
            <RotateCcw size={16} aria-hidden />
            {t('safety.grounding.restart')}
          </button>
        </div>
      </div>
    );
  }

  const last = step === GROUNDING_SENSES.length - 1;
  const hintId = `${id}-hint`;
  return (
    <div className="grounding">
      <p className="grounding-progress">
        {t('safety.grounding.step', { step: step + 1, total: GROUNDING_SENSES.length })}
      </p>
      <Heading ref={headingRef} tabIndex={-1}>
        {t(`safety.grounding.senses.${current.sense}.title`)}
      </Heading>
      <p className="hint" id={hintId}>
        {t(`safety.grounding.senses.${current.sense}.hint`)}
      </p>
      <ol className="grounding-items">
        {Array.from({ length: current.count }, (_, i) => {
          const inputId = `${id}-${current.sense}-${i}`;
          return (
            <li key={inputId} className="field">
              <label htmlFor={inputId}>
                {t(`safety.grounding.senses.${current.sense}.item`, { n: i + 1, total: current.count })}
              </label>
              <input
                id={inputId}
                type="text"
                autoComplete="off"
                value={notes[step]?.[i] ?? ''}
                onChange={(e) => note(i, e.target.value)}
                aria-describedby={i === 0 ? hintId : undefined}
                maxLength={maxLength}
              />
            </li>
          );
        })}
      </ol>
      <div className="button-row">
        <button type="button" className="button" onClick={() => go(step - 1)} disabled={step === 0}>
          <ArrowLeft size={16} aria-hidden />
          {t('safety.grounding.back')}
        </button>
        {last && onFinish ? (
          <button type="button" className="button primary" onClick={onFinish}>
            {finishLabel ?? t('safety.grounding.next')}
            <Check size={16} aria-hidden />
          </button>
        ) : (
          <button type="button" className="button primary" onClick={() => go(step + 1)}>
            {t('safety.grounding.next')}
            <ArrowRight size={16} aria-hidden />
          </button>
        )}
      </div>
    </div>
  );
}
