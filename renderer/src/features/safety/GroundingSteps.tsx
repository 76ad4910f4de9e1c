import { ArrowLeft, ArrowRight, RotateCcw } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Grounding 5-4-3-2-1 (CONTENT.md, "Exercise frameworks"): one sense at a time, fewer items each step. */
export const GROUNDING_SENSES = [
  { sense: 'see', count: 5 },
  { sense: 'touch', count: 4 },
  { sense: 'hear', count: 3 },
  { sense: 'smell', count: 2 },
  { sense: 'taste', count: 1 },
] as const;

const emptyNotes = () => GROUNDING_SENSES.map(({ count }) => Array.from({ length: count }, () => ''));

/**
 * The exercise, step by step. What the user types stays in this component's memory only: it is
 * never saved or sent, and it is gone when the screen closes. Moving between steps puts focus on
 * the new step's heading so keyboard and screen reader users start there.
 */
export function GroundingSteps() {
  const { t } = useTranslation();
  const id = useId();
  const [step, setStep] = useState(0);
  const [notes, setNotes] = useState<string[][]>(emptyNotes);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    headingRef.current?.focus();
  }, [step]);

  function go(to: number) {
    moved.current = true;
    setStep(to);
  }
  function restart() {
    setNotes(emptyNotes());
    go(0);
  }
  function note(item: number, value: string) {
    setNotes((all) =>
      all.map((list, s) => (s === step ? list.map((v, i) => (i === item ? value : v)) : list)),
    );
  }

  const current = GROUNDING_SENSES[step];
  if (!current) {
    return (
      <div className="grounding">
        <h3 ref={headingRef} tabIndex={-1}>
          {t('safety.grounding.doneTitle')}
        </h3>
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

  const hintId = `${id}-hint`;
  return (
    <div className="grounding">
      <p className="grounding-progress">
        {t('safety.grounding.step', { step: step + 1, total: GROUNDING_SENSES.length })}
      </p>
      <h3 ref={headingRef} tabIndex={-1}>
        {t(`safety.grounding.senses.${current.sense}.title`)}
      </h3>
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
        <button type="button" className="button primary" onClick={() => go(step + 1)}>
          {t('safety.grounding.next')}
          <ArrowRight size={16} aria-hidden />
        </button>
      </div>
    </div>
  );
}
