import { Play, Square } from 'lucide-react';
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BOX_PACE,
  BREATHING_PHASES,
  type BreathingPhase,
  type PaceStep,
} from '../../../../shared/domain/exerciseCatalogue';

/** Box breathing (CONTENT.md, "Breathing"): four phases of four seconds each, repeated. */
export { BREATHING_PHASES, type BreathingPhase };
export const PHASE_SECONDS = 4;

/** How often the pacer reads the clock: often enough that each second shows on time. */
const TICK_MS = 250;

/**
 * Where the pacer is after `elapsed` whole seconds of `pace` (box breathing by default): the
 * phase, the seconds left in it (its length…1) and its length.
 */
export function pacerAt(
  elapsed: number,
  pace: readonly PaceStep[] = BOX_PACE,
): { phase: BreathingPhase; secondsLeft: number; seconds: number } {
  const cycle = pace.reduce((sum, step) => sum + step.seconds, 0);
  let offset = cycle > 0 ? ((Math.floor(elapsed) % cycle) + cycle) % cycle : 0;
  for (const step of pace) {
    if (offset < step.seconds)
      return { phase: step.phase, secondsLeft: step.seconds - offset, seconds: step.seconds };
    offset -= step.seconds;
  }
  return { phase: 'in', secondsLeft: PHASE_SECONDS, seconds: PHASE_SECONDS };
}

export interface BreathingPacerProps {
  /** The breathing pattern; box breathing (4-4-4-4) when absent. */
  readonly pace?: readonly PaceStep[];
  /** When set, the pacer shows the time left (with `labels.remaining`) and stops by itself after it. */
  readonly totalSeconds?: number;
  readonly onStart?: () => void;
  /**
   * Called when the pacer stops, with the whole seconds it ran: by its button (`completed` false
   * unless the time was up) or by itself at the end of `totalSeconds` (`completed` true).
   */
  readonly onStop?: (elapsedSec: number, completed: boolean) => void;
  /** Words for the button, the line shown before starting, and the time left; the safety screen's by default. */
  readonly labels?: {
    readonly start?: string;
    readonly stop?: string;
    readonly ready?: string;
    readonly remaining?: (seconds: number) => string;
  };
}

/**
 * An animated square that grows while breathing in and shrinks while breathing out, with the phase
 * in words and a seconds counter. Only the phase line is a live region, so a screen reader hears one
 * announcement per phase, never the seconds (the time left, when shown, is a timer: not announced).
 * With reduced motion the square keeps its size (CSS) and only the words change. Time is read from
 * the clock, not counted in ticks, so a throttled window does not stretch the exercise.
 */
export function BreathingPacer({ pace, totalSeconds, onStart, onStop, labels }: BreathingPacerProps = {}) {
  const { t } = useTranslation();
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const onStopRef = useRef(onStop);
  useEffect(() => {
    onStopRef.current = onStop;
  });

  useEffect(() => {
    if (startedAt === null) return;
    const timer = window.setInterval(() => {
      const seconds = Math.max(0, Math.floor((Date.now() - startedAt) / 1000));
      if (totalSeconds !== undefined && seconds >= totalSeconds) {
        window.clearInterval(timer);
        setStartedAt(null);
        setElapsed(0);
        onStopRef.current?.(totalSeconds, true);
        return;
      }
      setElapsed(seconds);
    }, TICK_MS);
    return () => window.clearInterval(timer);
  }, [startedAt, totalSeconds]);

  function toggle() {
    setElapsed(0);
    if (startedAt === null) {
      setStartedAt(Date.now());
      onStart?.();
      return;
    }
    const ran = Math.max(0, Math.floor((Date.now() - startedAt) / 1000));
    setStartedAt(null);
    const done = totalSeconds !== undefined && ran >= totalSeconds;
    onStop?.(totalSeconds === undefined ? ran : Math.min(ran, totalSeconds), done);
  }

  const running = startedAt !== null;
  const { phase, secondsLeft, seconds } = pacerAt(elapsed, pace);
  // The square's transition lasts as long as the phase (4 s by default in safety.css).
  const timing = pace ? ({ '--breathing-seconds': `${seconds}s` } as CSSProperties) : undefined;
  return (
    <div className="breathing">
      <div className="breathing-stage">
        <div
          className="breathing-shape"
          data-phase={running ? phase : 'idle'}
          aria-hidden="true"
          style={timing}
        />
        {running ? (
          <span className="breathing-count">{t('safety.breathing.seconds', { count: secondsLeft })}</span>
        ) : null}
      </div>
      <p className="breathing-phase" aria-live="polite">
        {running ? t(`safety.breathing.phase.${phase}`) : (labels?.ready ?? t('safety.breathing.ready'))}
      </p>
      {totalSeconds !== undefined && labels?.remaining ? (
        <p className="breathing-remaining" role="timer">
          {labels.remaining(Math.max(0, totalSeconds - elapsed))}
        </p>
      ) : null}
      <button type="button" className={running ? 'button' : 'button primary'} onClick={toggle}>
        {running ? <Square size={16} aria-hidden /> : <Play size={16} aria-hidden />}
        {running
          ? (labels?.stop ?? t('safety.breathing.stop'))
          : (labels?.start ?? t('safety.breathing.start'))}
      </button>
    </div>
  );
}
