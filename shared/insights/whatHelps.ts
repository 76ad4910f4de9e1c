import { EXERCISE_KINDS, type ExerciseKind, type ExerciseSession } from '../domain/exercise';

/**
 * "What seems to help me": per exercise, how many sessions there were and, over the sessions
 * rated both before and after, the mean distress before, after, and the mean change (after minus
 * before: negative means the person rated less distress afterwards). Descriptive only — it
 * summarises the person's own ratings; it is not a measure of how well an exercise works, and no
 * exercise is ranked or recommended.
 */
export interface ExerciseSummary {
  readonly kind: ExerciseKind;
  /** Every session of this exercise, rated or not. */
  readonly sessions: number;
  /** Sessions with both a before and an after rating: the means are over these only. */
  readonly rated: number;
  readonly meanBefore: number | null;
  readonly meanAfter: number | null;
  readonly meanChange: number | null;
}

type Rated = Pick<ExerciseSession, 'kind' | 'distressBefore' | 'distressAfter'>;

/** One summary per exercise that has at least one session, in the order exercises are offered. */
export function whatHelps(sessions: readonly Rated[]): ExerciseSummary[] {
  const totals = new Map<ExerciseKind, { sessions: number; rated: number; before: number; after: number }>();
  for (const session of sessions) {
    const total = totals.get(session.kind) ?? { sessions: 0, rated: 0, before: 0, after: 0 };
    total.sessions++;
    if (session.distressBefore !== null && session.distressAfter !== null) {
      total.rated++;
      total.before += session.distressBefore;
      total.after += session.distressAfter;
    }
    totals.set(session.kind, total);
  }
  return EXERCISE_KINDS.flatMap((kind) => {
    const total = totals.get(kind);
    if (!total) return [];
    const mean = (sum: number) => (total.rated === 0 ? null : sum / total.rated);
    return [
      {
        kind,
        sessions: total.sessions,
        rated: total.rated,
        meanBefore: mean(total.before),
        meanAfter: mean(total.after),
        meanChange: mean(total.after - total.before),
      },
    ];
  });
}
