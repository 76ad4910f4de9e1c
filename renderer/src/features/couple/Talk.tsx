import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  TALK_EXERCISES,
  talkExercise,
  type TalkExercise,
  type TalkExerciseId,
} from '../../../../shared/content/couple/talk';
import type { PartnerId, PartnerProfile } from '../../../../shared/domain/couple';
import type { TalkOpenRound, TalkRevealedRound, TalkStatus } from '../../../../shared/domain/coupleTalk';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { SecretForm } from './SecretForm';
import { TalkAnswering } from './TalkAnswering';
import { TalkSideBySide } from './TalkSideBySide';
import { questionText, revealedDate } from './talkText';
import './talk.css';

const PARTNERS: readonly PartnerId[] = ['a', 'b'];

type View =
  | { kind: 'list' }
  | { kind: 'exercise'; exercise: TalkExerciseId }
  | { kind: 'answer'; exercise: TalkExerciseId; roundId: string; partner: PartnerId }
  | { kind: 'ready'; exercise: TalkExerciseId; roundId: string; partner: PartnerId; ready: boolean }
  | { kind: 'takeBack'; exercise: TalkExerciseId; roundId: string; partner: PartnerId }
  | { kind: 'reveal'; exercise: TalkExerciseId; roundId: string }
  | { kind: 'read'; roundId: string }
  | { kind: 'revealed'; round: TalkRevealedRound };

/**
 * The conversation exercises (issue 8): choose one, each partner answers privately in turn,
 * both say they are ready, and both secrets reveal the answers side by side. Talks only to the
 * couple:talk:* channels; an answer's text never reaches this screen before the reveal, except
 * in the answering partner's own form.
 */
export function Talk({
  partners,
  home,
}: {
  partners: Record<PartnerId, PartnerProfile>;
  home: (message?: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = (i18n.language ?? 'en').startsWith('fr') ? 'fr' : 'en';
  const id = useId();
  const [status, setStatus] = useState<TalkStatus | null>(null);
  const [view, setView] = useState<View>({ kind: 'list' });
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const nameOf = (p: PartnerId) => partners[p].name;
  const names = { a: nameOf('a'), b: nameOf('b') };

  useEffect(() => {
    let live = true;
    call('couple:talk:status', undefined).then(
      (loaded) => live && setStatus(loaded),
      (failure: unknown) => live && setError(describeError(t, failure)),
    );
    return () => {
      live = false;
    };
  }, [t]);

  function show(next: View, message = '', fresh?: TalkStatus) {
    if (fresh) setStatus(fresh);
    setNote(message);
    setError(null);
    setView(next);
  }

  async function run(task: () => Promise<void>) {
    setError(null);
    try {
      await task();
    } catch (failure) {
      setError(describeError(t, failure));
    }
  }

  const openRound = (exercise: TalkExerciseId): TalkOpenRound | null =>
    status?.open.find((r) => r.exercise === exercise) ?? null;

  async function start(exercise: TalkExercise, questionId: string | null): Promise<TalkStatus> {
    const next = await call('couple:talk:start', { exercise: exercise.id, questionId });
    setStatus(next);
    return next;
  }

  /** A question not asked in the current round, and not yet revealed when some are left. */
  function drawQuestion(exercise: TalkExercise): string {
    const current = openRound(exercise.id)?.questionId;
    const asked = new Set(
      status?.revealed.filter((r) => r.exercise === exercise.id).map((r) => r.questionId),
    );
    const fresh = exercise.questions.filter((q) => q.id !== current && !asked.has(q.id));
    const pool = fresh.length > 0 ? fresh : exercise.questions.filter((q) => q.id !== current);
    return pool[Math.floor(Math.random() * pool.length)]!.id;
  }

  let body: React.ReactNode;
  if (status === null) {
    body = error ? null : <p role="status">{t('couple.loading')}</p>;
  } else if (view.kind === 'list') {
    const decks = TALK_EXERCISES.filter((e) => e.kind === 'deck');
    const forms = TALK_EXERCISES.filter((e) => e.kind === 'form');
    const group = (heading: string, list: readonly TalkExercise[], key: string) => (
      <section aria-labelledby={`${id}-${key}`} className="talk-group">
        <h4 id={`${id}-${key}`}>{heading}</h4>
        <ul className="talk-list">
          {list.map((exercise) => (
            <li key={exercise.id}>
              <button
                type="button"
                className="talk-choice"
                data-exercise={exercise.id}
                onClick={() => show({ kind: 'exercise', exercise: exercise.id })}
              >
                <span className="talk-choice-title">
                  {exercise.title[lang]}
                  {openRound(exercise.id)?.answered.a || openRound(exercise.id)?.answered.b ? (
                    <span className="talk-badge">{t('coupleTalk.list.inProgress')}</span>
                  ) : null}
                </span>
                <span className="talk-choice-what">{exercise.what[lang]}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    );
    body = (
      <div className="talk-home">
        <h3>{t('coupleTalk.list.heading')}</h3>
        <p>{t('coupleTalk.list.lede')}</p>
        {group(t('coupleTalk.list.decks'), decks, 'decks')}
        {group(t('coupleTalk.list.exercises'), forms, 'forms')}
        {status.revealed.length > 0 ? (
          <section aria-labelledby={`${id}-history`} className="talk-group">
            <h4 id={`${id}-history`}>{t('coupleTalk.list.history')}</h4>
            <ul className="talk-history">
              {status.revealed.map((r) => {
                const exercise = talkExercise(r.exercise);
                return (
                  <li key={r.roundId} data-round={r.roundId}>
                    <span>
                      <strong>{exercise.title[lang]}</strong>
                      {' · '}
                      {revealedDate(r.revealedAt, lang)}
                      {questionText(exercise, r.questionId, lang) ? (
                        <span className="talk-history-question">
                          {questionText(exercise, r.questionId, lang)}
                        </span>
                      ) : null}
                    </span>
                    <button
                      type="button"
                      className="button"
                      aria-label={`${t('coupleTalk.list.openHistory')}: ${exercise.title[lang]}, ${revealedDate(r.revealedAt, lang)}`}
                      onClick={() => show({ kind: 'read', roundId: r.roundId })}
                    >
                      {t('coupleTalk.list.openHistory')}
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        ) : null}
        <button type="button" className="button" onClick={() => home()}>
          {t('coupleTalk.list.back')}
        </button>
      </div>
    );
  } else if (view.kind === 'exercise') {
    body = (
      <ExerciseView
        exercise={talkExercise(view.exercise)}
        round={openRound(view.exercise)}
        names={names}
        onDraw={(exercise) => run(async () => void (await start(exercise, drawQuestion(exercise))))}
        onPick={(exercise, questionId) => run(async () => void (await start(exercise, questionId)))}
        onAnswer={(exercise, partner) =>
          run(async () => {
            const roundId =
              openRound(exercise.id)?.roundId ??
              (await start(exercise, null)).open.find((r) => r.exercise === exercise.id)!.roundId;
            show({ kind: 'answer', exercise: exercise.id, roundId, partner });
          })
        }
        onReady={(roundId, partner, ready) =>
          show({ kind: 'ready', exercise: view.exercise, roundId, partner, ready })
        }
        onTakeBack={(roundId, partner) =>
          show({ kind: 'takeBack', exercise: view.exercise, roundId, partner })
        }
        onReveal={(roundId) => show({ kind: 'reveal', exercise: view.exercise, roundId })}
        onBack={() => show({ kind: 'list' })}
      />
    );
  } else if (view.kind === 'answer') {
    const exercise = talkExercise(view.exercise);
    body = (
      <TalkAnswering
        key={`${view.roundId}-${view.partner}`}
        exercise={exercise}
        question={questionText(exercise, openRound(view.exercise)?.questionId ?? null, lang)}
        roundId={view.roundId}
        partner={view.partner}
        name={nameOf(view.partner)}
        onSealed={(next) => show({ kind: 'exercise', exercise: view.exercise }, '', next)}
        onPause={() => show({ kind: 'exercise', exercise: view.exercise }, t('coupleTalk.notes.paused'))}
      />
    );
  } else if (view.kind === 'ready') {
    const name = nameOf(view.partner);
    const label = view.ready
      ? t('coupleTalk.exercise.readyAs', { name })
      : t('coupleTalk.exercise.notReadyAs', { name });
    body = (
      <SecretForm
        heading={t('coupleTalk.secret.readyHeading', { name })}
        names={[name]}
        submitLabel={label}
        onCancel={() => show({ kind: 'exercise', exercise: view.exercise })}
        onSubmit={async ([secret]) => {
          const next = await call('couple:talk:ready', {
            partner: view.partner,
            secret: secret!,
            roundId: view.roundId,
            ready: view.ready,
          });
          show({ kind: 'exercise', exercise: view.exercise }, t('coupleTalk.notes.saved'), next);
        }}
      >
        <p>{t('coupleTalk.secret.readyText')}</p>
      </SecretForm>
    );
  } else if (view.kind === 'takeBack') {
    const name = nameOf(view.partner);
    body = (
      <SecretForm
        heading={t('coupleTalk.secret.takeBackHeading', { name })}
        names={[name]}
        submitLabel={t('coupleTalk.exercise.takeBack', { name })}
        onCancel={() => show({ kind: 'exercise', exercise: view.exercise })}
        onSubmit={async ([secret]) => {
          const next = await call('couple:talk:leave', {
            partner: view.partner,
            secret: secret!,
            roundId: view.roundId,
          });
          show({ kind: 'exercise', exercise: view.exercise }, t('coupleTalk.notes.takenBack'), next);
        }}
      >
        <p>{t('coupleTalk.exercise.takeBackHint')}</p>
      </SecretForm>
    );
  } else if (view.kind === 'reveal') {
    body = (
      <SecretForm
        heading={t('coupleTalk.secret.revealHeading')}
        names={[nameOf('a'), nameOf('b')]}
        submitLabel={t('coupleTalk.secret.revealSubmit')}
        onCancel={() => show({ kind: 'exercise', exercise: view.exercise })}
        onSubmit={async ([a, b]) => {
          const round = await call('couple:talk:reveal', {
            roundId: view.roundId,
            secrets: { a: a!, b: b! },
          });
          show({ kind: 'revealed', round }, '', await call('couple:talk:status', undefined));
        }}
      >
        <p>{t('coupleTalk.secret.revealLede')}</p>
      </SecretForm>
    );
  } else if (view.kind === 'read') {
    body = (
      <ReadAgain
        names={names}
        onOpen={async (partner, secret) => {
          const round = await call('couple:talk:read', { partner, secret, roundId: view.roundId });
          show({ kind: 'revealed', round });
        }}
        onCancel={() => show({ kind: 'list' })}
      />
    );
  } else {
    body = <TalkSideBySide round={view.round} names={names} onBack={() => show({ kind: 'list' })} />;
  }

  return (
    <div className="talk">
      <p className="saved-status" role="status">
        {note}
      </p>
      {error ? (
        <p className="message error" role="alert">
          {error}
        </p>
      ) : null}
      {body}
    </div>
  );
}

function ExerciseView({
  exercise,
  round,
  names,
  onDraw,
  onPick,
  onAnswer,
  onReady,
  onTakeBack,
  onReveal,
  onBack,
}: {
  exercise: TalkExercise;
  round: TalkOpenRound | null;
  names: Record<PartnerId, string>;
  onDraw: (exercise: TalkExercise) => Promise<void>;
  onPick: (exercise: TalkExercise, questionId: string) => Promise<void>;
  onAnswer: (exercise: TalkExercise, partner: PartnerId) => Promise<void>;
  onReady: (roundId: string, partner: PartnerId, ready: boolean) => void;
  onTakeBack: (roundId: string, partner: PartnerId) => void;
  onReveal: (roundId: string) => void;
  onBack: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = (i18n.language ?? 'en').startsWith('fr') ? 'fr' : 'en';
  const id = useId();
  const [picked, setPicked] = useState(exercise.questions[0]?.id ?? '');
  const isDeck = exercise.kind === 'deck';
  const question = round ? questionText(exercise, round.questionId, lang) : null;
  const someoneAnswered = round !== null && (round.answered.a || round.answered.b);
  const canAnswer = !isDeck || round !== null;

  return (
    <article className="couple-card talk-exercise" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{exercise.title[lang]}</h3>
      <p>{exercise.what[lang]}</p>
      <p className="hint">
        {t('coupleTalk.exercise.framework', {
          text: exercise.framework[lang],
          interpolation: { escapeValue: false },
        })}
      </p>
      {isDeck ? (
        <>
          {question ? (
            <p className="talk-question" data-question={round?.questionId}>
              {question}
            </p>
          ) : null}
          {someoneAnswered ? (
            <p className="hint">{t('coupleTalk.exercise.fixed')}</p>
          ) : (
            <>
              <div className="button-row">
                <button
                  type="button"
                  className={round ? 'button' : 'button primary'}
                  onClick={() => void onDraw(exercise)}
                >
                  {round ? t('coupleTalk.exercise.another') : t('coupleTalk.exercise.draw')}
                </button>
              </div>
              <details className="couple-more">
                <summary>{t('coupleTalk.exercise.pick')}</summary>
                <div className="field">
                  <label htmlFor={`${id}-pick`}>{t('coupleTalk.exercise.pickLabel')}</label>
                  <select id={`${id}-pick`} value={picked} onChange={(e) => setPicked(e.target.value)}>
                    {exercise.questions.map((q) => (
                      <option key={q.id} value={q.id}>
                        {q[lang]}
                      </option>
                    ))}
                  </select>
                </div>
                <button type="button" className="button" onClick={() => void onPick(exercise, picked)}>
                  {t('coupleTalk.exercise.usePicked')}
                </button>
              </details>
            </>
          )}
        </>
      ) : null}
      {canAnswer ? (
        <>
          <ul className="couple-states">
            {PARTNERS.map((p) => (
              <li key={p}>
                {round?.answered[p]
                  ? t('coupleTalk.exercise.answered', { name: names[p] })
                  : t('coupleTalk.exercise.notAnswered', { name: names[p] })}
                {round?.answered[p] ? (
                  <>
                    {' · '}
                    {round.ready[p] ? t('coupleTalk.exercise.ready') : t('coupleTalk.exercise.notReady')}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          <div className="button-row">
            {PARTNERS.map((p) =>
              round?.answered[p] ? (
                <button
                  key={p}
                  type="button"
                  className="button"
                  onClick={() => onReady(round.roundId, p, !round.ready[p])}
                >
                  {round.ready[p]
                    ? t('coupleTalk.exercise.notReadyAs', { name: names[p] })
                    : t('coupleTalk.exercise.readyAs', { name: names[p] })}
                </button>
              ) : (
                <button
                  key={p}
                  type="button"
                  className="button primary"
                  onClick={() => void onAnswer(exercise, p)}
                >
                  {t('coupleTalk.exercise.answerAs', { name: names[p] })}
                </button>
              ),
            )}
            {round && round.ready.a && round.ready.b ? (
              <button type="button" className="button primary" onClick={() => onReveal(round.roundId)}>
                {t('coupleTalk.exercise.reveal')}
              </button>
            ) : null}
          </div>
          {someoneAnswered && round ? (
            <details className="couple-more">
              <summary>{t('coupleTalk.exercise.more')}</summary>
              <p className="hint">{t('coupleTalk.exercise.againHint')}</p>
              <div className="button-row">
                {PARTNERS.filter((p) => round.answered[p]).map((p) => (
                  <button key={p} type="button" className="button" onClick={() => void onAnswer(exercise, p)}>
                    {t('coupleTalk.exercise.answerAgain', { name: names[p] })}
                  </button>
                ))}
              </div>
              <p className="hint">{t('coupleTalk.exercise.takeBackHint')}</p>
              <div className="button-row">
                {PARTNERS.filter((p) => round.answered[p]).map((p) => (
                  <button
                    key={p}
                    type="button"
                    className="button"
                    onClick={() => onTakeBack(round.roundId, p)}
                  >
                    {t('coupleTalk.exercise.takeBack', { name: names[p] })}
                  </button>
                ))}
              </div>
            </details>
          ) : null}
        </>
      ) : null}
      <div className="button-row talk-back">
        <button type="button" className="button" onClick={onBack}>
          {t('coupleTalk.exercise.back')}
        </button>
      </div>
    </article>
  );
}

function ReadAgain({
  names,
  onOpen,
  onCancel,
}: {
  names: Record<PartnerId, string>;
  onOpen: (partner: PartnerId, secret: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [partner, setPartner] = useState<PartnerId>('a');
  return (
    <SecretForm
      key={partner}
      heading={t('coupleTalk.secret.readHeading')}
      names={[names[partner]]}
      submitLabel={t('couple.secret.submit')}
      onCancel={onCancel}
      onSubmit={([secret]) => onOpen(partner, secret!)}
    >
      <div className="button-row" role="group" aria-label={t('coupleTalk.secret.whose')}>
        {PARTNERS.map((p) => (
          <label key={p} className="couple-option">
            <input type="radio" name="talk-whose" checked={partner === p} onChange={() => setPartner(p)} />
            <span>{names[p]}</span>
          </label>
        ))}
      </div>
    </SecretForm>
  );
}
