/**
 * Strings of the couple space's conversation exercises, mounted under the i18n key `coupleTalk`
 * (t('coupleTalk.card.title')). The exercises' own wording (questions, fields, frameworks) lives
 * in shared/content/couple/talk.ts. French mirrors the English tree exactly and follows French
 * typography: \u00a0 before ; : ! ? and inside « », ’ for apostrophes. Calm, short sentences;
 * partners are named by the names they chose; stopping never asks for a reason.
 */
import type { Translation } from '../../i18n/translation';

export const coupleTalkEn = {
  card: {
    title: 'Conversations',
    what: 'Question decks and short exercises to talk about your week, a conflict, a request or desire. Each of you answers privately; you read both answers together.',
    open: 'Open conversations',
    waiting_one: '{{count}} conversation waiting for answers or a reveal.',
    waiting_other: '{{count}} conversations waiting for answers or a reveal.',
  },
  list: {
    heading: 'Conversations',
    lede: 'Choose an exercise. Each of you answers alone at the keyboard; answers appear side by side only when you both answered and both agree to reveal.',
    decks: 'Question decks',
    exercises: 'Exercises',
    history: 'Revealed before',
    historyCount_one: '{{count}} conversation revealed',
    historyCount_other: '{{count}} conversations revealed',
    openHistory: 'Read again',
    back: 'Back to the couple space',
    inProgress: 'In progress',
  },
  exercise: {
    framework: 'Framework: {{text}}',
    question: 'Question',
    draw: 'Draw a question',
    another: 'Another question',
    pick: 'Choose a question',
    pickLabel: 'All questions of this deck',
    usePicked: 'Use this question',
    fixed: 'Someone has answered: this question stays until you reveal it or take the answers back.',
    begin: 'Begin',
    answered: '{{name}}: answered',
    notAnswered: '{{name}}: not answered yet',
    ready: 'ready to reveal',
    notReady: 'not ready yet',
    answerAs: 'Answer as {{name}}',
    readyAs: '{{name}} is ready',
    notReadyAs: '{{name}} is not ready any more',
    reveal: 'Reveal together',
    more: 'Answer again or take back',
    againHint: 'A new answer starts the round again: both of you confirm again before the reveal.',
    answerAgain: 'Answer again as {{name}}',
    takeBackHint: 'Taking back deletes your answer. No reason is asked.',
    takeBack: '{{name}} takes back the answer',
    back: 'Back to conversations',
  },
  answer: {
    lede: 'Only {{name}} sees this. Write as much or as little as you like; any field can stay empty.',
    sealHint: 'Your answer is sealed with your secret. Your partner reads it only when you reveal together.',
    seal: 'Seal my answer',
    sealHeading: '{{name}}, seal your answer',
    empty: 'Write something in at least one field.',
    sealed: 'Your answer is sealed. Hand the keyboard back when you are ready.',
    sealedHeading: 'Sealed',
    scaleValue: '{{value}} out of 10',
    consentStart: 'Start',
  },
  secret: {
    readyHeading: '{{name}}, are you ready to reveal?',
    readyText:
      'Revealing shows both answers side by side. You can take this back until both of you type your secrets to reveal.',
    takeBackHeading: '{{name}}, take back your answer',
    revealHeading: 'Reveal together',
    revealLede: 'Both of you are here and both said you are ready. Each of you types your own secret.',
    revealSubmit: 'Reveal',
    readHeading: 'Type a secret to read this conversation again',
    whose: 'Whose secret',
  },
  revealed: {
    heading: 'Side by side',
    on: 'Revealed on {{date}}',
    nothing: '(left empty)',
    talk: 'Take turns: one of you reads, the other listens and says back what they heard. Differences are something to be curious about, not a verdict.',
  },
  notes: {
    saved: 'Saved.',
    paused: 'Paused. Nothing was saved.',
    takenBack: 'Done. That answer is deleted.',
  },
};

export const coupleTalkFr: Translation<typeof coupleTalkEn> = {
  card: {
    title: 'Conversations',
    what: 'Des jeux de questions et de courts exercices pour parler de votre semaine, d’un conflit, d’une demande ou du désir. Chaque partenaire répond en privé\u00a0; vous lisez les deux réponses ensemble.',
    open: 'Ouvrir les conversations',
    waiting_one: '{{count}} conversation attend des réponses ou une révélation.',
    waiting_other: '{{count}} conversations attendent des réponses ou une révélation.',
  },
  list: {
    heading: 'Conversations',
    lede: 'Choisissez un exercice. Chaque partenaire répond à son tour, sans l’autre devant l’écran\u00a0; les réponses apparaissent côte à côte seulement quand vous avez répondu tous les deux et que vous êtes d’accord pour révéler.',
    decks: 'Jeux de questions',
    exercises: 'Exercices',
    history: 'Déjà révélées',
    historyCount_one: '{{count}} conversation révélée',
    historyCount_other: '{{count}} conversations révélées',
    openHistory: 'Relire',
    back: 'Retour à l’espace couple',
    inProgress: 'En cours',
  },
  exercise: {
    framework: 'Cadre\u00a0: {{text}}',
    question: 'Question',
    draw: 'Tirer une question',
    another: 'Une autre question',
    pick: 'Choisir une question',
    pickLabel: 'Toutes les questions de ce jeu',
    usePicked: 'Prendre cette question',
    fixed:
      'Une réponse a été donnée\u00a0: cette question reste jusqu’à la révélation, ou jusqu’à ce que les réponses soient reprises.',
    begin: 'Commencer',
    answered: '{{name}}\u00a0: a répondu',
    notAnswered: '{{name}}\u00a0: pas encore répondu',
    ready: 'prêt·e à révéler',
    notReady: 'pas encore prêt·e',
    answerAs: 'Répondre en tant que {{name}}',
    readyAs: '{{name}} est prêt·e',
    notReadyAs: '{{name}} n’est plus prêt·e',
    reveal: 'Révéler ensemble',
    more: 'Répondre à nouveau ou reprendre sa réponse',
    againHint:
      'Une nouvelle réponse relance le tour\u00a0: chaque partenaire confirme à nouveau avant la révélation.',
    answerAgain: 'Répondre à nouveau en tant que {{name}}',
    takeBackHint: 'Reprendre sa réponse l’efface. Aucune raison n’est demandée.',
    takeBack: '{{name}} reprend sa réponse',
    back: 'Retour aux conversations',
  },
  answer: {
    lede: 'Ceci est réservé à {{name}}. Écrivez autant ou aussi peu que vous voulez\u00a0; chaque champ peut rester vide.',
    sealHint:
      'Votre réponse est scellée avec votre secret. L’autre ne la lit que lorsque vous révélez ensemble.',
    seal: 'Sceller ma réponse',
    sealHeading: '{{name}}, scellez votre réponse',
    empty: 'Écrivez quelque chose dans au moins un champ.',
    sealed: 'Votre réponse est scellée. Rendez le clavier quand vous voulez.',
    sealedHeading: 'Scellé',
    scaleValue: '{{value}} sur 10',
    consentStart: 'Commencer',
  },
  secret: {
    readyHeading: '{{name}}, êtes-vous prêt·e à révéler\u00a0?',
    readyText:
      'La révélation montre les deux réponses côte à côte. Vous pouvez encore revenir en arrière tant que vos deux secrets n’ont pas été tapés pour révéler.',
    takeBackHeading: '{{name}}, reprendre votre réponse',
    revealHeading: 'Révéler ensemble',
    revealLede:
      'Vous êtes là ensemble, et chaque partenaire a dit être prêt·e. Chaque partenaire tape son propre secret.',
    revealSubmit: 'Révéler',
    readHeading: 'Tapez un secret pour relire cette conversation',
    whose: 'Secret de qui',
  },
  revealed: {
    heading: 'Côte à côte',
    on: 'Révélé le {{date}}',
    nothing: '(laissé vide)',
    talk: 'À tour de rôle\u00a0: une personne lit, l’autre écoute et redit ce qu’elle a entendu. Les différences sont une invitation à la curiosité, pas un verdict.',
  },
  notes: {
    saved: 'Enregistré.',
    paused: 'En pause. Rien n’a été enregistré.',
    takenBack: 'C’est fait. Cette réponse est effacée.',
  },
};
