import { describe, expect, it } from 'vitest';
import {
  EXERCISE_KINDS,
  EXERCISES,
  ExerciseSessionDraftSchema,
  ExerciseSessionSchema,
  GROUNDING_SENSES,
  type ExerciseKind,
} from '../../shared/domain/exercise';
import { whatHelps } from '../../shared/insights/whatHelps';

const rated = (kind: ExerciseKind, distressBefore: number | null, distressAfter: number | null) => ({
  kind,
  distressBefore,
  distressAfter,
});

describe('what seems to help', () => {
  it('says nothing when there is no session', () => {
    expect(whatHelps([])).toEqual([]);
  });

  it('counts every session, and averages only those rated both before and after', () => {
    const summary = whatHelps([
      rated('grounding-54321', 8, 5),
      rated('breathing-box', 6, 6),
      rated('grounding-54321', 6, 2),
      rated('grounding-54321', null, 1), // not rated before: counted, not averaged
      rated('grounding-54321', 9, null), // not rated after: counted, not averaged
      rated('breathing-box', 3, 4),
    ]);
    expect(summary).toEqual([
      { kind: 'breathing-box', sessions: 2, rated: 2, meanBefore: 4.5, meanAfter: 5, meanChange: 0.5 },
      { kind: 'grounding-54321', sessions: 4, rated: 2, meanBefore: 7, meanAfter: 3.5, meanChange: -3.5 },
    ]);
  });

  it('leaves out exercises never done, and gives null means when none was rated', () => {
    expect(
      whatHelps([rated('breathing-coherence', null, null), rated('breathing-coherence', 5, null)]),
    ).toEqual([
      {
        kind: 'breathing-coherence',
        sessions: 2,
        rated: 0,
        meanBefore: null,
        meanAfter: null,
        meanChange: null,
      },
    ]);
  });

  it('lists exercises in the order they are offered, whatever the order of sessions', () => {
    const sessions = [...EXERCISE_KINDS].reverse().map((kind) => rated(kind, 5, 5));
    expect(whatHelps(sessions).map((s) => s.kind)).toEqual([...EXERCISE_KINDS]);
  });
});

describe('the exercises as data', () => {
  it('name the framework each exercise comes from, and how long it takes', () => {
    for (const kind of EXERCISE_KINDS) {
      expect(EXERCISES[kind].kind).toBe(kind);
      expect(EXERCISES[kind].framework).toMatch(/^[a-z0-9-]+$/);
      expect(EXERCISES[kind].durationSec).toBeGreaterThan(0);
    }
  });

  it('pace cohérence cardiaque at six breaths a minute for five minutes, and box breathing 4-4-4-4', () => {
    const coherence = EXERCISES['breathing-coherence'];
    const cycle = coherence.pace!.reduce((sum, step) => sum + step.seconds, 0);
    expect(60 / cycle).toBe(6);
    expect(coherence.durationSec).toBe(300);
    expect(EXERCISES['breathing-box'].pace!.map((s) => [s.phase, s.seconds])).toEqual([
      ['in', 4],
      ['holdIn', 4],
      ['out', 4],
      ['holdOut', 4],
    ]);
  });

  it('ask for 5, 4, 3, 2, then 1 thing noticed', () => {
    expect(GROUNDING_SENSES.map((s) => s.count)).toEqual([5, 4, 3, 2, 1]);
  });
});

describe('the exercise session schema', () => {
  const draft = {
    kind: 'breathing-box',
    startedAt: '2026-03-01T08:00:00.000Z',
    durationSec: 240,
    completed: true,
    distressBefore: 6,
    distressAfter: null,
  };

  it('accepts a draft, and a session with its id', () => {
    expect(ExerciseSessionDraftSchema.parse(draft)).toEqual(draft);
    const session = { id: 'a'.repeat(32), ...draft };
    expect(ExerciseSessionSchema.parse(session)).toEqual(session);
  });

  it('trims what was noticed, and refuses unknown keys and senses outside grounding', () => {
    const senses = { see: ['  a lamp '], touch: [], hear: [], smell: [], taste: [] };
    expect(
      ExerciseSessionDraftSchema.parse({ ...draft, kind: 'grounding-54321', senses }).senses?.see,
    ).toEqual(['a lamp']);
    expect(ExerciseSessionDraftSchema.safeParse({ ...draft, senses }).success).toBe(false);
    expect(ExerciseSessionDraftSchema.safeParse({ ...draft, extra: true }).success).toBe(false);
    expect(ExerciseSessionSchema.safeParse({ id: 'A'.repeat(32), ...draft }).success).toBe(false);
    expect(ExerciseSessionSchema.safeParse({ id: 'a'.repeat(32), ...draft, note: 'x' }).success).toBe(false);
  });
});
