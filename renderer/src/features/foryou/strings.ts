/**
 * Strings of "For you today", mounted under the i18n key `forYou` (t('forYou.title')). The keys
 * under `because` are the reason codes of shared/insights/forYouToday.ts. French mirrors the English
 * tree exactly and follows French typography: a no-break space (\u00a0) before ; : ! ? and inside
 * « », and ’ for apostrophes. Tone: an offer, never a task; "it has been a while", never "you
 * haven't"; nothing about what the person is or has.
 */
import type { Translation } from '../../i18n/translation';

export const forYouEn = {
  title: 'For you today',
  fold: 'Fold',
  unfold: 'Unfold',
  foldLabel: 'Fold “For you today”',
  unfoldLabel: 'Unfold “For you today”',
  empty: 'Nothing to suggest right now. What you set aside comes back on its own.',
  prompt: 'A prompt from “{{pack}}”',
  because: {
    intro: 'Suggested because {{reason}}.',
    'high-energy-unpleasant': {
      words_one: 'you named {{feelings}} once since yesterday',
      words_other: 'you named {{feelings}} {{count}} times since yesterday',
      grid_one: 'you noted an unpleasant, agitated moment since yesterday',
      grid_other: 'you noted {{count}} unpleasant, agitated moments since yesterday',
    },
    'low-energy-unpleasant': {
      words_one: 'you named {{feelings}} once since yesterday',
      words_other: 'you named {{feelings}} {{count}} times since yesterday',
      grid_one: 'you noted an unpleasant, low moment since yesterday',
      grid_other: 'you noted {{count}} unpleasant, low moments since yesterday',
    },
    pleasant: {
      words_one: 'you named {{feelings}} once since yesterday',
      words_other: 'you named {{feelings}} {{count}} times since yesterday',
      grid_one: 'you noted a pleasant moment since yesterday',
      grid_other: 'you noted {{count}} pleasant moments since yesterday',
    },
    favourite: 'it is one of your favourites',
    morning: 'it is morning',
    evening: 'it is evening',
    'not-in-a-while_one': 'it has been a day since the last time',
    'not-in-a-while_other': 'it has been {{count}} days since the last time',
    today: 'it is today’s pick, a different one each day',
  },
  quoted: '“{{text}}”',
  startExercise: 'Start',
  startExerciseLabel: 'Start: {{name}}',
  write: 'Write about this',
  writeLabel: 'Write about this prompt from “{{pack}}”',
  star: 'Favourite: {{name}}',
  notNow: 'Not now',
  notNowLabel: 'Not now: {{name}}',
  setAside: 'Set aside for {{days}} days: “{{name}}”.',
  undo: 'Undo',
  never: 'Don’t suggest it again',
  neverDone: 'Not suggested again: “{{name}}”. You can bring it back in the settings.',
  settings: {
    title: 'For you today',
    help: 'A few suggestions when you open your journal, worked out on this computer from your own check-ins, entries and exercises. Each one says why it is there.',
    toggle: 'Show “For you today” when I open my journal',
    on: '“For you today” is shown.',
    off: '“For you today” is hidden.',
    setAsideHeading: 'Set aside',
    until: 'until {{date}}',
    forGood: 'until you bring it back',
    bringBack: 'Bring back',
    bringBackLabel: 'Bring back: {{name}}',
    broughtBack: '“{{name}}” is back among the suggestions.',
  },
};

export type ForYouStrings = Translation<typeof forYouEn>;

export const forYouFr: ForYouStrings = {
  title: 'Pour vous aujourd’hui',
  fold: 'Replier',
  unfold: 'Déplier',
  foldLabel: 'Replier «\u00a0Pour vous aujourd’hui\u00a0»',
  unfoldLabel: 'Déplier «\u00a0Pour vous aujourd’hui\u00a0»',
  empty: 'Rien à suggérer pour le moment. Ce que vous avez mis de côté reviendra de lui-même.',
  prompt: 'Une piste de «\u00a0{{pack}}\u00a0»',
  because: {
    intro: 'Suggéré parce que {{reason}}.',
    'high-energy-unpleasant': {
      words_one: 'vous avez nommé {{feelings}} une fois depuis hier',
      words_other: 'vous avez nommé {{feelings}} {{count}}\u00a0fois depuis hier',
      grid_one: 'vous avez noté un moment désagréable et agité depuis hier',
      grid_other: 'vous avez noté {{count}}\u00a0moments désagréables et agités depuis hier',
    },
    'low-energy-unpleasant': {
      words_one: 'vous avez nommé {{feelings}} une fois depuis hier',
      words_other: 'vous avez nommé {{feelings}} {{count}}\u00a0fois depuis hier',
      grid_one: 'vous avez noté un moment désagréable et à plat depuis hier',
      grid_other: 'vous avez noté {{count}}\u00a0moments désagréables et à plat depuis hier',
    },
    pleasant: {
      words_one: 'vous avez nommé {{feelings}} une fois depuis hier',
      words_other: 'vous avez nommé {{feelings}} {{count}}\u00a0fois depuis hier',
      grid_one: 'vous avez noté un moment agréable depuis hier',
      grid_other: 'vous avez noté {{count}}\u00a0moments agréables depuis hier',
    },
    favourite: 'c’est dans vos favoris',
    morning: 'c’est le matin',
    evening: 'c’est le soir',
    'not-in-a-while_one': 'cela fait un jour depuis la dernière fois',
    'not-in-a-while_other': 'cela fait {{count}}\u00a0jours depuis la dernière fois',
    today: 'c’est le choix du jour, un autre chaque jour',
  },
  quoted: '«\u00a0{{text}}\u00a0»',
  startExercise: 'Commencer',
  startExerciseLabel: 'Commencer\u00a0: {{name}}',
  write: 'Écrire à partir de cette piste',
  writeLabel: 'Écrire à partir de cette piste de «\u00a0{{pack}}\u00a0»',
  star: 'Favori\u00a0: {{name}}',
  notNow: 'Pas maintenant',
  notNowLabel: 'Pas maintenant\u00a0: {{name}}',
  setAside: 'Mis de côté pour {{days}}\u00a0jours\u00a0: «\u00a0{{name}}\u00a0».',
  undo: 'Annuler',
  never: 'Ne plus le suggérer',
  neverDone:
    'Ne sera plus suggéré\u00a0: «\u00a0{{name}}\u00a0». Vous pouvez le faire revenir dans les réglages.',
  settings: {
    title: 'Pour vous aujourd’hui',
    help: 'Quelques suggestions à l’ouverture du journal, calculées sur cet ordinateur à partir de vos propres ressentis, entrées et exercices. Chacune dit pourquoi elle est là.',
    toggle: 'Afficher «\u00a0Pour vous aujourd’hui\u00a0» à l’ouverture du journal',
    on: '«\u00a0Pour vous aujourd’hui\u00a0» est affiché.',
    off: '«\u00a0Pour vous aujourd’hui\u00a0» est masqué.',
    setAsideHeading: 'Mis de côté',
    until: 'jusqu’au {{date}}',
    forGood: 'jusqu’à ce que vous le fassiez revenir',
    bringBack: 'Faire revenir',
    bringBackLabel: 'Faire revenir\u00a0: {{name}}',
    broughtBack: '«\u00a0{{name}}\u00a0» revient dans les suggestions.',
  },
};
