import { Play, Square } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Box breathing (CONTENT.md, "Breathing"): four phases of four seconds each, repeated. */
export const BREATHING_PHASES = ['in', 'holdIn', 'out', 'holdOut'] as const;
export type BreathingPhase = (typeof BREATHING_PHASES)[number];
export const PHASE_SECONDS = 4;

/** Where the pacer is after `elapsed` whole seconds: the phase, and the seconds left in it (4…1). */
export function pacerAt(elapsed: number): { phase: BreathingPhase; secondsLeft: number } {
  const phase = BREATHING_PHASES[Math.floor(elapsed / PHASE_SECONDS) % BREATHING_PHASES.length] ?? 'in';
  return { phase, secondsLeft: PHASE_SECONDS - (elapsed % PHASE_SECONDS) };
}

/**
 * An animated square that grows while breathing in and shrinks while breathing out, with the phase
 * in words and a seconds counter. Only the phase line is a live region, so a screen reader hears one
 * announcement per phase, never the seconds. With reduced motion the square keeps its size (CSS) and
 * only the words change.
 */
export function BreathingPacer() {
  const { t } = useTranslation();
  const [running, setRunning] = useState(false);
  const [elapsed, setElapsed] = useState(0);

  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setElapsed((s) => s + 1), 1000);
    return () => window.clearInterval(timer);
  }, [running]);

  function toggle() {
    setElapsed(0);
    setRunning((r) => !r);
  }

  const { phase, secondsLeft } = pacerAt(elapsed);
  return (
    <div className="breathing">
      <div className="breathing-stage">
        <div className="breathing-shape" data-phase={running ? phase : 'idle'} aria-hidden="true" />
        {running ? (
          <span className="breathing-count">{t('safety.breathing.seconds', { count: secondsLeft })}</span>
        ) : null}
      </div>
      <p className="breathing-phase" aria-live="polite">
        {running ? t(`safety.breathing.phase.${phase}`) : t('safety.breathing.ready')}
      </p>
      <button type="button" className={running ? 'button' : 'button primary'} onClick={toggle}>
        {running ? <Square size={16} aria-hidden /> : <Play size={16} aria-hidden />}
        {running ? t('safety.breathing.stop') : t('safety.breathing.start')}
      </button>
    </div>
  );
}
