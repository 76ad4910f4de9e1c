import { emotionName } from '../../../../shared/content/emotions';
import { ClipboardList, Play, Trash2, Wind } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXERCISE_KINDS, EXERCISES, type ExerciseKind } from '../../../../shared/domain/exerciseCatalogue';
import type { ExerciseSession as Session, ExerciseSessionDraft } from '../../../../shared/domain/exercise';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { useDateFormat } from '../journal/useDateFormat';
import { formatDuration } from './duration';
import { ExerciseSession } from './ExerciseSession';
import { WhatHelps } from './WhatHelps';
import './exercises.css';
import { PaneHeader } from '../../components/PaneHeader';

/** Sessions read at once: all of them in practice (a few a day), for the summary below the list. */
const LOAD_LIMIT = 10_000;
/** Sessions shown in the table. */
const RECENT = 20;

const newestFirst = (a: Session, b: Session) =>
  a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0;

/**
 * Guided exercises: the three exercises (each naming its framework and how long it takes), the
 * recent sessions with distress before → after, and what the person's own ratings say. A session
 * runs in place of the list and is saved only when the person chooses to.
 */
export function Exercises({
  onClose,
  startWith,
  onWorksheets,
}: {
  onClose: () => void;
  startWith?: ExerciseKind | undefined;
  onWorksheets?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const formatDate = useDateFormat();
  const headingId = useId();
  const [sessions, setSessions] = useState<Session[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [damaged, setDamaged] = useState(0);
  /** Opened from a suggestion: that exercise starts at once (leaving it shows the list). */
  const [running, setRunning] = useState<ExerciseKind | null>(startWith ?? null);
  const [confirming, setConfirming] = useState<Session | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const startButtons = useRef(new Map<ExerciseKind, HTMLButtonElement>());
  const recentHeading = useRef<HTMLHeadingElement>(null);
  /** Where focus goes back to when a session closes: the button that opened it. */
  const returnTo = useRef<ExerciseKind | null>(null);

  useEffect(() => {
    let live = true;
    call('exercises:list', { limit: LOAD_LIMIT })
      .then((page) => {
        if (!live) return;
        setSessions(page.sessions);
        setDamaged(page.damaged);
        setLoaded(true);
      })
      .catch((e: unknown) => {
        if (live) setError(describeError(t, e));
      });
    return () => {
      live = false;
    };
  }, [t]);

  useEffect(() => {
    if (running !== null || returnTo.current === null) return;
    startButtons.current.get(returnTo.current)?.focus();
    returnTo.current = null;
  }, [running]);

  // "Session saved." fades after a moment; screen readers have announced it by then.
  useEffect(() => {
    if (!status) return;
    const timer = window.setTimeout(() => setStatus(''), 4000);
    return () => window.clearTimeout(timer);
  }, [status]);

  function start(kind: ExerciseKind) {
    setError(null);
    setStatus('');
    setRunning(kind);
  }

  function closeSession() {
    returnTo.current = running;
    setRunning(null);
  }

  async function save(draft: ExerciseSessionDraft) {
    const saved = await call('exercises:add', draft);
    setSessions((current) => [saved, ...current].sort(newestFirst));
    setStatus(t('exercises.recent.saved'));
    closeSession();
  }

  async function remove(session: Session) {
    setConfirming(null);
    try {
      await call('exercises:delete', { id: session.id });
      setSessions((current) => current.filter((s) => s.id !== session.id));
      setStatus(t('exercises.recent.deleted'));
      recentHeading.current?.focus();
    } catch (e) {
      setError(describeError(t, e));
    }
  }

  const rating = (value: number | null) => (value === null ? t('exercises.notRated') : String(value));
  const nameOf = (kind: ExerciseKind) => t(`exercises.kinds.${kind}.name`);

  return (
    <section className="exercises" aria-labelledby={headingId}>
      <PaneHeader
        id={headingId}
        icon={<Wind size={20} aria-hidden />}
        title={t('exercises.title')}
        closeLabel={t('exercises.close')}
        onClose={onClose}
        actions={
          // The structured worksheets live beside the guided exercises (the bar has no room for more).
          onWorksheets ? (
            <button type="button" className="button" onClick={onWorksheets}>
              <ClipboardList size={16} aria-hidden /> {t('worksheets.open')}
            </button>
          ) : undefined
        }
      />
      <p className="saved-status" role="status">
        {status}
      </p>
      {error ? (
        <p className="message error" role="alert">
          {error}
        </p>
      ) : null}

      {running ? (
        <ExerciseSession key={running} kind={running} onSave={save} onClose={closeSession} />
      ) : (
        <>
          <p>{t('exercises.intro')}</p>
          <ul className="exercise-choices" aria-label={t('exercises.choose')}>
            {EXERCISE_KINDS.map((kind) => {
              const exercise = EXERCISES[kind];
              const minutes = Math.round(exercise.durationSec / 60);
              return (
                <li key={kind} className="exercise-choice">
                  <h3>{nameOf(kind)}</h3>
                  <p>{t(`exercises.kinds.${kind}.what`)}</p>
                  <p className="hint">{t(`exercises.frameworks.${exercise.framework}`)}</p>
                  <p className="exercise-duration">
                    {exercise.ownPace
                      ? t('exercises.aboutMinutes', { minutes })
                      : t('exercises.minutes', { minutes })}
                  </p>
                  <button
                    type="button"
                    className="button primary"
                    aria-label={t('exercises.startLabel', { name: nameOf(kind) })}
                    onClick={() => start(kind)}
                    ref={(button) => {
                      if (button) startButtons.current.set(kind, button);
                      else startButtons.current.delete(kind);
                    }}
                  >
                    <Play size={16} aria-hidden /> {t('exercises.start')}
                  </button>
                </li>
              );
            })}
          </ul>

          <h3 ref={recentHeading} tabIndex={-1}>
            {t('exercises.recent.heading')}
          </h3>
          {damaged > 0 ? (
            <p className="message warning">{t('exercises.recent.damaged', { count: damaged })}</p>
          ) : null}
          {!loaded ? null : sessions.length === 0 ? (
            <p className="hint">{t('exercises.recent.none')}</p>
          ) : (
            <>
              <table className="exercise-table">
                <thead>
                  <tr>
                    <th scope="col">{t('exercises.recent.when')}</th>
                    <th scope="col">{t('exercises.recent.exercise')}</th>
                    <th scope="col">{t('exercises.recent.distress')}</th>
                    <th scope="col">{t('exercises.recent.duration')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('exercises.recent.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {sessions.slice(0, RECENT).map((session) => (
                    <tr key={session.id}>
                      <th scope="row">{formatDate(session.startedAt)}</th>
                      <td>
                        {nameOf(session.kind)}
                        {session.emotions?.length ? (
                          <span className="hint">
                            {' · '}
                            {session.emotions.map((f) => emotionName(f.id, lang) ?? f.id).join(', ')}
                          </span>
                        ) : null}
                      </td>
                      <td>
                        {t('exercises.pair', {
                          before: rating(session.distressBefore),
                          after: rating(session.distressAfter),
                        })}
                      </td>
                      <td>{formatDuration(t, session.durationSec)}</td>
                      <td>
                        <button
                          type="button"
                          className="button ghost"
                          aria-label={t('exercises.recent.deleteLabel', {
                            when: formatDate(session.startedAt),
                            exercise: nameOf(session.kind),
                          })}
                          onClick={() => setConfirming(session)}
                        >
                          <Trash2 size={16} aria-hidden /> {t('exercises.recent.delete')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {sessions.length > RECENT ? (
                <p className="hint">{t('exercises.recent.shown', { count: RECENT })}</p>
              ) : null}
            </>
          )}

          {loaded ? <WhatHelps sessions={sessions} /> : null}
        </>
      )}

      {confirming ? (
        <ConfirmDialog
          title={t('exercises.recent.confirmTitle')}
          body={t('exercises.recent.confirmBody')}
          confirmLabel={t('exercises.recent.confirmDelete')}
          cancelLabel={t('exercises.recent.cancel')}
          onConfirm={() => void remove(confirming)}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
    </section>
  );
}
