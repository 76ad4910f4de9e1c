import { describe, expect, it } from 'vitest';
import {
  TALK_EXERCISE_IDS,
  TALK_EXERCISES,
  TalkExerciseSchema,
  type Bilingual,
  type TalkExercise,
} from '../../shared/content/couple/talk';

/** Every bilingual text of an exercise, with where it sits, for the checks below. */
function texts(exercise: TalkExercise): Array<[string, Bilingual]> {
  const out: Array<[string, Bilingual]> = [
    ['title', exercise.title],
    ['what', exercise.what],
    ['framework', exercise.framework],
  ];
  for (const field of exercise.fields) {
    out.push([`${field.id}.label`, field.label]);
    if (field.kind === 'text' && field.hint) out.push([`${field.id}.hint`, field.hint]);
    if (field.kind === 'scale') out.push([`${field.id}.low`, field.low], [`${field.id}.high`, field.high]);
  }
  for (const q of exercise.questions) out.push([q.id, { en: q.en, fr: q.fr }]);
  return out;
}

describe('the conversation exercises', () => {
  it('are all valid and listed once, in the order of their ids', () => {
    expect(TALK_EXERCISES.map((e) => e.id)).toEqual([...TALK_EXERCISE_IDS]);
    for (const exercise of TALK_EXERCISES) expect(TalkExerciseSchema.parse(exercise)).toEqual(exercise);
  });

  it('give three decks of at least 30 questions each, with ids unique across all decks', () => {
    const decks = TALK_EXERCISES.filter((e) => e.kind === 'deck');
    expect(decks).toHaveLength(3);
    for (const deck of decks) expect(deck.questions.length, deck.id).toBeGreaterThanOrEqual(30);
    const ids = decks.flatMap((d) => d.questions.map((q) => q.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('say every text in English and in French, and never the same words in both', () => {
    for (const exercise of TALK_EXERCISES) {
      for (const [where, text] of texts(exercise)) {
        expect(text.en.trim(), `${exercise.id} ${where}`).not.toBe('');
        expect(text.fr.trim(), `${exercise.id} ${where}`).not.toBe('');
        expect(text.fr, `${exercise.id} ${where}`).not.toBe(text.en);
      }
    }
  });

  it('name the framework each exercise comes from', () => {
    const named: Record<string, RegExp> = {
      'deck-knowing': /Gottman/,
      'deck-dreams': /Gottman/,
      'deck-history': /Gottman/,
      appreciation: /Gottman/,
      'check-in': /Gottman/,
      repair: /Gottman/,
      request: /Rosenberg/,
      'accelerators-brakes': /Bancroft.*Janssen.*Nagoski/,
    };
    for (const exercise of TALK_EXERCISES) {
      expect(exercise.framework.en, exercise.id).toMatch(named[exercise.id]!);
      expect(exercise.framework.fr, exercise.id).toMatch(named[exercise.id]!);
    }
  });

  it('has the check-in ask for connection on a 0–10 scale, and marks only desire as intimate', () => {
    const checkIn = TALK_EXERCISES.find((e) => e.id === 'check-in')!;
    expect(checkIn.fields.map((f) => [f.id, f.kind])).toEqual([
      ['connection', 'scale'],
      ['went-well', 'text'],
      ['need', 'text'],
    ]);
    expect(TALK_EXERCISES.filter((e) => e.intimate).map((e) => e.id)).toEqual(['accelerators-brakes']);
  });

  it('refuses a deck with fewer than 30 questions', () => {
    const deck = TALK_EXERCISES[0]!;
    expect(TalkExerciseSchema.safeParse({ ...deck, questions: deck.questions.slice(0, 29) }).success).toBe(
      false,
    );
  });

  it('follows French typography: no straight apostrophe, a no-break space before : ; ! ? and inside « »', () => {
    for (const exercise of TALK_EXERCISES) {
      for (const [where, { fr }] of texts(exercise)) {
        const at = `${exercise.id} ${where}`;
        expect(fr, at).not.toMatch(/'/);
        expect(fr, at).not.toMatch(/[^\u00a0][:;!?]/);
        expect(fr, at).not.toMatch(/«[^\u00a0]|[^\u00a0]»/);
      }
    }
  });
});
