import type { Feeling } from '../../../../shared/domain/feelings';
import { FeelingsField } from '../emotions/FeelingsField';
import { Save, Square, Trash2, X } from 'lucide-react';
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EXERCISES,
  GROUNDING_SENSES,
  MAX_EXERCISE_SECONDS,
  MAX_NOTICED_CHARS,
  type ExerciseKind,
} from '../../../../shared/domain/exerciseCatalogue';
import type { ExerciseSessionDraft, GroundingNotes } from '../../../../shared/domain/exercise';
import { BreathingPacer } from '../safety/BreathingPacer';
import { emptyGroundingNotes, GroundingSteps } from '../safety/GroundingSteps';
import { formatClock, formatDuration } from './duration';
import '../safety/safety.css';
import './exercises.css';

type Step = 'before' | 'exercise' | 'after' | 'summary';

/** Where the distress slider starts before the person moves it: the middle of the scale. */
const DEFAULT_RATING = 5;

export interface ExerciseSessionProps {
  readonly kind: ExerciseKind;
  /** Called with the session when the person chooses Save; a rejection keeps the session on screen. */
  readonly onSave: (draft: ExerciseSessionDraft) => Promise<void>;
  /** Leave or discard: nothing is saved. */
  readonly onClose: () => void;
}

/** What was noticed, trimmed, without the empty fields; undefined when nothing was typed. */
export function groundingNotesOf(notes: readonly (readonly string[])[]): GroundingNotes | undefined {
  const lists = GROUNDING_SENSES.map((_, i) =>
    (notes[i] ?? [])
      .map((text) => text.trim().slice(0, MAX_NOTICED_CHARS).trim())
      .filter((text) => text !== ''),
  );
  if (lists.every((list) => list.length === 0)) return undefined;
  const [see = [], touch = [], hear = [], smell = [], taste = []] = lists;
  return { see, touch, hear, smell, taste };
}

/**
 * One guided exercise, start to end: (a) an optional distress rating 0–10, (b) the exercise — the
 * breathing pacer at the exercise's pace for its duration, or grounding one sense at a time with
 * optional notes — (c) an optional rating again, (d) a short factual summary to save or discard.
 * Nothing leaves this component until the person chooses Save. Each step starts at its heading
 * (focus moves there); the only live region is the pacer's phase line.
 */
export function ExerciseSession({ kind, onSave, onClose }: ExerciseSessionProps) {
  const { t } = useTranslation();
  const exercise = EXERCISES[kind];
  const titleId = useId();
  /** Feelings named at the end, if the person wants to. */
  const [feelings, setFeelings] = useState<Feeling[]>([]);
  const [step, setStep] = useState<Step>('before');
  const [before, setBefore] = useState<number | null>(null);
  const [after, setAfter] = useState<number | null>(null);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [duration, setDuration] = useState(0);
  const [completed, setCompleted] = useState(false);
  const [notes, setNotes] = useState<string[][]>(emptyGroundingNotes);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The session replaces the list it was opened from: it starts at its first heading.
  const moved = useRef(true);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    headingRef.current?.focus();
  }, [step]);

  function go(next: Step) {
    moved.current = true;
    setStep(next);
  }

  function begin(rating: number | null) {
    setBefore(rating);
    // Breathing starts when the pacer does; grounding starts now.
    if (exercise.family === 'grounding') setStartedAt(Date.now());
    go('exercise');
  }

  function finish(seconds: number, done: boolean) {
    setDuration(Math.min(MAX_EXERCISE_SECONDS, Math.max(0, seconds)));
    setCompleted(done);
    go('after');
  }

  function finishGrounding(done: boolean) {
    finish(startedAt === null ? 0 : Math.floor((Date.now() - startedAt) / 1000), done);
  }

  function draft(): ExerciseSessionDraft {
    const session: ExerciseSessionDraft = {
      kind,
      startedAt: new Date(startedAt ?? Date.now() - duration * 1000).toISOString(),
      durationSec: duration,
      completed,
      distressBefore: before,
      distressAfter: after,
    };
    const senses = exercise.family === 'grounding' ? groundingNotesOf(notes) : undefined;
    return {
      ...session,
      ...(senses ? { senses } : {}),
      ...(feelings.length > 0 ? { emotions: feelings } : {}),
    };
  }

  async function save() {
    if (saving) return;
    setSaving(true);
    setFailed(false);
    try {
      await onSave(draft());
    } catch {
      setFailed(true);
      setSaving(false);
    }
  }

  const rating = (value: number | null) => (value === null ? t('exercises.notRated') : String(value));
  const noticed =
    exercise.family === 'grounding' ? Object.values(groundingNotesOf(notes) ?? {}).flat().length : 0;

  return (
    <section className="exercise-session" aria-labelledby={titleId}>
      <div className="entry-head">
        <h3 id={titleId}>{t(`exercises.kinds.${kind}.name`)}</h3>
        {step === 'summary' ? null : (
          <button
            type="button"
            className="button ghost"
            onClick={onClose}
            aria-label={t('exercises.session.leaveLabel')}
          >
            <X size={16} aria-hidden /> {t('exercises.session.leave')}
          </button>
        )}
      </div>
      <p className="hint">{t(`exercises.frameworks.${exercise.framework}`)}</p>

      {step === 'before' ? (
        <DistressRating
          key="before"
          which="before"
          headingRef={headingRef}
          initial={DEFAULT_RATING}
          onDone={begin}
        />
      ) : step === 'exercise' && exercise.family === 'breathing' ? (
        <div className="exercise-step">
          <h4 ref={headingRef} tabIndex={-1}>
            {t('exercises.session.breathing.heading')}
          </h4>
          <p>{t(`exercises.kinds.${kind}.what`)}</p>
          <p className="hint">{t('exercises.session.breathing.hint')}</p>
          <BreathingPacer
            pace={exercise.pace}
            totalSeconds={exercise.durationSec}
            onStart={() => setStartedAt(Date.now())}
            onStop={finish}
            labels={{
              start: t('exercises.session.breathing.start'),
              stop: t('exercises.session.breathing.finish'),
              ready: t('exercises.session.breathing.ready'),
              remaining: (seconds) =>
                t('exercises.session.breathing.remaining', { time: formatClock(seconds) }),
            }}
          />
        </div>
      ) : step === 'exercise' ? (
        <div className="exercise-step">
          <p className="hint">{t('exercises.session.grounding.hint')}</p>
          <GroundingSteps
            headingLevel={4}
            focusOnMount
            notes={notes}
            onNotesChange={setNotes}
            onFinish={() => finishGrounding(true)}
            finishLabel={t('exercises.session.grounding.finish')}
            maxLength={MAX_NOTICED_CHARS}
          />
          <div className="button-row">
            <button type="button" className="button" onClick={() => finishGrounding(false)}>
              <Square size={16} aria-hidden /> {t('exercises.session.grounding.stop')}
            </button>
          </div>
        </div>
      ) : step === 'after' ? (
        <DistressRating
          key="after"
          which="after"
          headingRef={headingRef}
          // From where the person was: moving it is the change, leaving it says "the same".
          initial={before ?? DEFAULT_RATING}
          onDone={(value) => {
            setAfter(value);
            go('summary');
          }}
        />
      ) : (
        <div className="exercise-step">
          <h4 ref={headingRef} tabIndex={-1}>
            {t('exercises.session.summary.heading')}
          </h4>
          <ul className="exercise-summary">
            <li>
              {before === null && after === null
                ? t('exercises.session.summary.distressNone')
                : t('exercises.session.summary.distress', { before: rating(before), after: rating(after) })}
            </li>
            <li>{t('exercises.session.summary.duration', { time: formatDuration(t, duration) })}</li>
            <li>
              {completed ? t('exercises.session.summary.completed') : t('exercises.session.summary.stopped')}
            </li>
            {noticed > 0 ? <li>{t('exercises.session.summary.noticed', { count: noticed })}</li> : null}
          </ul>
          <FeelingsField value={feelings} onChange={setFeelings} text="" withMirror={false} />
          <p className="hint">{t('exercises.session.summary.privacy')}</p>
          {failed ? (
            <p className="message error" role="alert">
              {t('exercises.session.summary.saveFailed')}
            </p>
          ) : null}
          <div className="button-row">
            <button
              type="button"
              className="button primary"
              onClick={() => void save()}
              aria-disabled={saving}
            >
              <Save size={16} aria-hidden />{' '}
              {saving ? t('exercises.session.summary.saving') : t('exercises.session.summary.save')}
            </button>
            <button type="button" className="button" onClick={onClose}>
              <Trash2 size={16} aria-hidden /> {t('exercises.session.summary.discard')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

/** A 0–10 slider with Continue and Skip: the rating is always optional. */
function DistressRating({
  which,
  headingRef,
  initial,
  onDone,
}: {
  which: 'before' | 'after';
  headingRef: RefObject<HTMLHeadingElement | null>;
  initial: number;
  onDone: (rating: number | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const [value, setValue] = useState(initial);
  return (
    <div className="exercise-step distress">
      <h4 ref={headingRef} tabIndex={-1}>
        {t(`exercises.session.${which}.heading`)}
      </h4>
      <p className="hint" id={hintId}>
        {t(`exercises.session.${which}.hint`)}
      </p>
      <div className="field">
        <label htmlFor={id}>{t(`exercises.session.${which}.label`)}</label>
        <div className="distress-scale">
          <span className="distress-end" aria-hidden="true">
            0
          </span>
          <input
            id={id}
            type="range"
            min={0}
            max={10}
            step={1}
            value={value}
            aria-describedby={hintId}
            aria-valuetext={t('exercises.session.valueText', { value })}
            onChange={(e) => setValue(Number(e.target.value))}
          />
          <span className="distress-end" aria-hidden="true">
            10
          </span>
          {/* The slider itself tells assistive technology its value: this is for the eye only. */}
          <span className="distress-value" aria-hidden="true">
            {value}
          </span>
        </div>
      </div>
      <div className="button-row">
        <button type="button" className="button primary" onClick={() => onDone(value)}>
          {t('exercises.session.continue')}
        </button>
        <button type="button" className="button" onClick={() => onDone(null)}>
          {t('exercises.session.skip')}
        </button>
      </div>
    </div>
  );
}
