import type { ContentLang } from '../content/emotions';
import { EXERCISE_NAMES, type ExerciseKind } from '../domain/exercise';

// Words that files leaving the vault carry, in both languages. They live here (not in the
// renderer's locales) because the core writes the files, and the renderer's preview shows the
// same words.

/**
 * On every export (CONTENT.md, guideline 2). The second sentence matters to a therapist reading
 * it: nothing written here alerted anyone.
 */
export const EXPORT_DISCLAIMER: Readonly<Record<ContentLang, string>> = {
  en: 'Written in Alcove, a private journal for self-reflection. It is not a substitute for care, and it is not monitored by anyone: nothing written here has alerted or reached anybody.',
  fr: 'Écrit dans Alcove, un journal personnel pour réfléchir. Il ne remplace pas un accompagnement et personne ne le surveille\u00a0: rien de ce qui y est écrit n’a alerté ni atteint qui que ce soit.',
};

/** Put where the writer hid a passage, so the reader knows something was left out. */
export const REDACTION_MARKER: Readonly<Record<ContentLang, string>> = {
  en: '[passage hidden]',
  fr: '[passage masqué]',
};

export interface ExportWords {
  /** Locale used for dates. */
  locale: string;
  title: string;
  exportedOn: string;
  period: string;
  toBring: string;
  selfChecks: string;
  selfChecksNote: string;
  feelings: string;
  /** Alt text of an image in the Markdown export ("Image 2"). */
  image: string;
  exercises: string;
  /** Per exercise: its name, sessions, and the mean distress before → after over rated ones. */
  exerciseLine: (name: string, sessions: number, rated: number, before: string, after: string) => string;
  exercisesNote: string;
  exerciseNames: Readonly<Record<ExerciseKind, string>>;
  csv: {
    date: string;
    valence: string;
    energy: string;
    feelings: string;
    context: string;
    note: string;
    instrument: string;
    version: string;
    item: string;
    score: string;
    maxScore: string;
    band: string;
  };
}

export const EXPORT_WORDS: Readonly<Record<ContentLang, ExportWords>> = {
  en: {
    locale: 'en-GB',
    title: 'Journal — exported from Alcove',
    exportedOn: 'Exported on',
    period: 'Period',
    toBring: 'To bring to my next session',
    selfChecks: 'Self-check-ins',
    selfChecksNote: 'Scores with their published bands, to discuss with your therapist: not a diagnosis.',
    feelings: 'Feelings',
    image: 'Image',
    exercises: 'Exercises done',
    exerciseLine: (name, sessions, rated, before, after) =>
      `${name}: ${sessions} session${sessions === 1 ? '' : 's'}` +
      (rated > 0 ? `; distress ${before} → ${after} on average (${rated} rated before and after)` : ''),
    exercisesNote: 'The writer’s own ratings, 0–10; not a measure of how well an exercise works.',
    exerciseNames: EXERCISE_NAMES.en,
    csv: {
      date: 'Date',
      valence: 'Valence (-3 to +3)',
      energy: 'Energy (-3 to +3)',
      feelings: 'Feelings (intensity /10)',
      context: 'Context',
      note: 'Note',
      instrument: 'Instrument',
      version: 'Version',
      item: 'Item',
      score: 'Score',
      maxScore: 'Maximum score',
      band: 'Band',
    },
  },
  fr: {
    locale: 'fr-FR',
    title: 'Journal — exporté depuis Alcove',
    exportedOn: 'Exporté le',
    period: 'Période',
    toBring: 'À apporter à ma prochaine séance',
    selfChecks: 'Auto-évaluations',
    selfChecksNote:
      'Scores avec leurs seuils publiés, à discuter avec votre thérapeute\u00a0: ce n’est pas un diagnostic.',
    feelings: 'Émotions',
    image: 'Image',
    exercises: 'Exercices faits',
    exerciseLine: (name, sessions, rated, before, after) =>
      `${name}\u00a0: ${sessions}\u00a0séance${sessions === 1 ? '' : 's'}` +
      (rated > 0
        ? `\u00a0; détresse ${before} → ${after} en moyenne (${rated} notée${rated === 1 ? '' : 's'} avant et après)`
        : ''),
    exercisesNote: 'Les notes de la personne, de 0 à 10\u00a0; pas une mesure de l’efficacité d’un exercice.',
    exerciseNames: EXERCISE_NAMES.fr,
    csv: {
      date: 'Date',
      valence: 'Valence (-3 à +3)',
      energy: 'Énergie (-3 à +3)',
      feelings: 'Émotions (intensité /10)',
      context: 'Contexte',
      note: 'Note',
      instrument: 'Questionnaire',
      version: 'Version',
      item: 'Question',
      score: 'Score',
      maxScore: 'Score maximum',
      band: 'Seuil',
    },
  },
};
