import type { ContentLang } from '../emotions';

/**
 * The words a couple summary for a therapist is written with, in both languages. They live in
 * shared/ because the core writes the file and the renderer's preview shows the same text.
 * Partners are named by the names they chose; nothing assumes genders or kinds of couples.
 */
export interface CoupleSummaryWords {
  /** Locale used for dates. */
  locale: string;
  title: string;
  /** "Robin and Sam". */
  partners: (a: string, b: string) => string;
  preparedOn: string;
  disclaimer: string;
  consent: string;
  neverIncluded: string;
  notesHeading: string;
  noteOf: (name: string) => string;
  framework: string;
  desire: {
    title: string;
    bothYes: string;
    yesMaybe: string;
    none: string;
    meaning: string;
  };
  sensate: {
    title: string;
    /** "Session of 3 December 2026, stage 2: Taking turns, the whole body". */
    session: (date: string, stage: number, title: string) => string;
    limits: string;
    good: string;
    keep: string;
    change: string;
    stopped: string;
    meaning: string;
  };
  talk: {
    title: string;
    /** "Getting to know each other, revealed on 3 December 2026". */
    round: (exercise: string, date: string) => string;
    question: string;
    /** "Robin — Your answer: …", one line per partner and field. */
    answer: (name: string, field: string, value: string) => string;
    /** A 0–10 rating as it reads in the summary ("7 out of 10"). */
    outOfTen: (value: number) => string;
    meaning: string;
  };
}

export const COUPLE_SUMMARY_WORDS: Readonly<Record<ContentLang, CoupleSummaryWords>> = {
  en: {
    locale: 'en-GB',
    title: 'Couple summary — from Alcove',
    partners: (a, b) => `${a} and ${b}`,
    preparedOn: 'Prepared on',
    disclaimer:
      'Written in Alcove, a private journal for self-reflection. It is not a substitute for care, and it is not monitored by anyone: nothing written here has alerted or reached anybody.',
    consent:
      'Both partners read this exact text and agreed to share it, each with their own secret. Each note was written and approved by the partner who signs it.',
    neverIncluded:
      'Never included: answers not revealed together, private notes and ratings, any “no”, items only one partner wanted, and anything from either partner’s personal journal.',
    notesHeading: 'In their own words',
    noteOf: (name) => `From ${name}`,
    framework: 'Framework',
    desire: {
      title: 'Yes / no / maybe list: what both want',
      bothYes: 'Both said yes',
      yesMaybe: 'One yes and one maybe',
      none: 'No item that both want, this time.',
      meaning:
        'Shown as both partners saw it together. An item missing here may have been a no or left blank; the list never says which.',
    },
    sensate: {
      title: 'Sensate focus: the sessions’ shared parts',
      session: (date, stage, title) => `Session of ${date}, stage ${stage}: ${title}`,
      limits: 'Limits agreed before',
      good: 'What felt good',
      keep: 'What we want to keep',
      change: 'What we would change next time',
      stopped: 'Stopped during the session, with no reason asked.',
      meaning:
        'Only what both partners wrote together. Each partner’s ratings and private notes are never included.',
    },
    talk: {
      title: 'Conversation exercises: the answers revealed together',
      round: (exercise, date) => `${exercise}, revealed on ${date}`,
      question: 'Question',
      answer: (name, field, value) => `${name} — ${field}: ${value}`,
      outOfTen: (value) => `${value} out of 10`,
      meaning:
        'Each partner answered alone, and both chose to read the answers together. An answer taken back or never revealed is not included.',
    },
  },
  fr: {
    locale: 'fr-FR',
    title: 'Synthèse de couple — depuis Alcove',
    partners: (a, b) => `${a} et ${b}`,
    preparedOn: 'Préparée le',
    disclaimer:
      'Écrit dans Alcove, un journal personnel pour réfléchir. Il ne remplace pas un accompagnement et personne ne le surveille\u00a0: rien de ce qui y est écrit n’a alerté ni atteint qui que ce soit.',
    consent:
      'Les deux partenaires ont lu ce texte exact et accepté de le partager, chaque partenaire avec son propre secret. Chaque mot a été écrit et approuvé par la personne qui le signe.',
    neverIncluded:
      'Jamais inclus\u00a0: les réponses qui n’ont pas été révélées ensemble, les notes et évaluations privées, les «\u00a0non\u00a0», ce qu’une seule personne souhaitait, et rien du journal personnel de chaque partenaire.',
    notesHeading: 'Avec leurs propres mots',
    noteOf: (name) => `De ${name}`,
    framework: 'Cadre',
    desire: {
      title: 'Liste oui / non / peut-être\u00a0: vos envies communes',
      bothYes: 'Oui des deux côtés',
      yesMaybe: 'Un oui et un peut-être',
      none: 'Aucune envie commune cette fois.',
      meaning:
        'Présenté tel que les deux partenaires l’ont vu ensemble. Un élément absent a pu recevoir un non ou rester sans réponse\u00a0; la liste ne dit jamais lequel.',
    },
    sensate: {
      title: 'Sensate focus\u00a0: ce que les séances ont de commun',
      session: (date, stage, title) => `Séance du ${date}, étape ${stage}\u00a0: ${title}`,
      limits: 'Limites convenues avant',
      good: 'Ce qui a fait du bien',
      keep: 'Ce que nous voulons garder',
      change: 'Ce que nous changerions la prochaine fois',
      stopped: 'Arrêtée en cours de séance, sans qu’aucune raison soit demandée.',
      meaning:
        'Seulement ce que les deux partenaires ont écrit ensemble. Les notes et les évaluations privées de chaque partenaire ne sont jamais incluses.',
    },
    talk: {
      title: 'Exercices de conversation\u00a0: les réponses révélées ensemble',
      round: (exercise, date) => `${exercise}, révélé le ${date}`,
      question: 'Question',
      answer: (name, field, value) => `${name} — ${field}\u00a0: ${value}`,
      outOfTen: (value) => `${value} sur 10`,
      meaning:
        'Chaque partenaire a répondu seul, et les deux ont choisi de lire les réponses ensemble. Une réponse reprise ou jamais révélée n’est pas incluse.',
    },
  },
};
