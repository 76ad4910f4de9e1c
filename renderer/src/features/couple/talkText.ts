import type { TalkExercise } from '../../../../shared/content/couple/talk';

/** A deck's question in the reader's language, or null (no question, or one retired since). */
export function questionText(
  exercise: TalkExercise,
  questionId: string | null,
  lang: 'en' | 'fr',
): string | null {
  if (questionId === null) return null;
  return exercise.questions.find((q) => q.id === questionId)?.[lang] ?? null;
}

/** "1 March 2026" / "1 mars 2026", on this computer's calendar. */
export function revealedDate(instant: string, lang: 'en' | 'fr'): string {
  const parsed = new Date(instant);
  if (Number.isNaN(parsed.getTime())) return '';
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long' }).format(parsed);
}
