import type { WorksheetKind } from './worksheet';

/**
 * The words a saved worksheet is shown with — its name, the framework it comes from, the name of
 * each part — in both languages. The Markdown rendering (worksheetMarkdown.ts) and the renderer's
 * read view and forms share them, so an export says exactly what the screen says.
 * French follows French typography: a no-break space (\u00a0) before ; : ! ? and ’ for apostrophes.
 */
export const WORKSHEET_TEXT_EN = {
  names: {
    'thought-record': 'Thought record',
    'behavioural-activation': 'Behavioural activation',
    'self-compassion-break': 'Self-compassion break',
    'three-good-things': 'Three good things',
    'values-check': 'Values check',
  } satisfies Record<WorksheetKind, string>,
  frameworks: {
    'thought-record': 'Cognitive behavioural therapy (Beck)',
    'behavioural-activation': 'Behavioural activation, from cognitive behavioural therapy',
    'self-compassion-break': 'Self-compassion (Neff)',
    'three-good-things': 'Positive psychology (Seligman)',
    'values-check': 'Acceptance and commitment therapy (ACT)',
  } satisfies Record<WorksheetKind, string>,
  parts: {
    situation: 'Situation',
    emotions: 'Emotions',
    thoughts: 'Automatic thoughts',
    hot: 'hot thought',
    belief: 'believed {{value}}',
    traps: 'Thinking traps',
    evidence: 'Evidence for and against',
    evidenceFor: 'Evidence for the thought',
    evidenceAgainst: 'Evidence against the thought',
    balancedThought: 'Balanced thought',
    activity: 'Activity',
    area: 'Life area',
    status: 'Status',
    planned: 'Planned',
    done: 'Done',
    when: 'When',
    pleasure: 'Pleasure',
    mastery: 'Sense of mastery',
    moodBefore: 'Mood before',
    moodAfter: 'Mood after',
    note: 'Notes',
    whatIsHard: 'What is hard right now',
    othersFeelThis: 'Others feel this too',
    kindWords: 'Kind words to myself',
    kindAction: 'A kind action',
    distressBefore: 'Distress before',
    distressAfter: 'Distress after',
    goodThing: 'Good thing {{n}}',
    why: 'Why, and my part in it',
    value: 'Value',
    importance: 'How much it matters',
    consistency: 'How closely I lived it lately',
    nextStep: 'Next step',
    barrier: 'What may get in the way',
  },
  /** A label and its value on one line. */
  pair: '{{label}}: {{value}}',
  percent: '{{value}}%',
  outOf10: '{{value}}/10',
  rerated: '{{before}} → {{after}}',
};

type WorksheetText = {
  [K in keyof typeof WORKSHEET_TEXT_EN]: (typeof WORKSHEET_TEXT_EN)[K] extends string
    ? string
    : { [P in keyof (typeof WORKSHEET_TEXT_EN)[K]]: string };
};

export const WORKSHEET_TEXT_FR: WorksheetText = {
  names: {
    'thought-record': 'Registre des pensées',
    'behavioural-activation': 'Activation comportementale',
    'self-compassion-break': 'Pause d’autocompassion',
    'three-good-things': 'Trois bonnes choses',
    'values-check': 'Point sur mes valeurs',
  },
  frameworks: {
    'thought-record': 'Thérapie cognitive et comportementale (Beck)',
    'behavioural-activation':
      'Activation comportementale, issue des thérapies cognitives et comportementales',
    'self-compassion-break': 'Autocompassion (Neff)',
    'three-good-things': 'Psychologie positive (Seligman)',
    'values-check': 'Thérapie d’acceptation et d’engagement (ACT)',
  },
  parts: {
    situation: 'Situation',
    emotions: 'Émotions',
    thoughts: 'Pensées automatiques',
    hot: 'pensée chaude',
    belief: 'crue à {{value}}',
    traps: 'Pièges de pensée',
    evidence: 'Les faits, pour et contre',
    evidenceFor: 'Ce qui va dans le sens de la pensée',
    evidenceAgainst: 'Ce qui va contre la pensée',
    balancedThought: 'Pensée alternative',
    activity: 'Activité',
    area: 'Domaine de vie',
    status: 'État',
    planned: 'Prévue',
    done: 'Faite',
    when: 'Quand',
    pleasure: 'Plaisir',
    mastery: 'Sentiment de maîtrise',
    moodBefore: 'Humeur avant',
    moodAfter: 'Humeur après',
    note: 'Notes',
    whatIsHard: 'Ce qui est difficile en ce moment',
    othersFeelThis: 'D’autres ressentent cela aussi',
    kindWords: 'Des mots bienveillants pour moi',
    kindAction: 'Un geste bienveillant',
    distressBefore: 'Détresse avant',
    distressAfter: 'Détresse après',
    goodThing: 'Bonne chose {{n}}',
    why: 'Pourquoi, et ma part',
    value: 'Valeur',
    importance: 'Importance pour moi',
    consistency: 'À quel point je l’ai vécue ces temps-ci',
    nextStep: 'Prochain pas',
    barrier: 'Ce qui pourrait faire obstacle',
  },
  pair: '{{label}}\u00a0: {{value}}',
  percent: '{{value}}\u00a0%',
  outOf10: '{{value}}/10',
  rerated: '{{before}} → {{after}}',
};

export const WORKSHEET_TEXT: Record<'en' | 'fr', WorksheetText> = {
  en: WORKSHEET_TEXT_EN,
  fr: WORKSHEET_TEXT_FR,
};

/** Fills {{name}} placeholders (the same syntax as i18next, so the renderer can use these strings too). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
