/**
 * Strings of the couple space, mounted under the i18n key `couple` (t('couple.title')). French
 * mirrors the English tree exactly (the type below refuses a missing or extra key) and follows
 * French typography: a no-break space (\u00a0) before ; : ! ? and inside « », and ’ for
 * apostrophes. Tone: calm, short sentences; any genders and bodies; partners are named by the
 * names they chose, never "he" or "she" unless they wrote it; stopping never needs a reason.
 */
import type { Translation } from '../../i18n/translation';

export const coupleEn = {
  open: 'Couple',
  title: 'Couple space',
  close: 'Close',
  loading: 'Opening the couple space…',
  intro:
    'A space for two, beside your journal: each of you answers privately, and nothing goes through a server. On one computer nothing leaves it; on two, only the files you choose to pass on.',
  introCrypto:
    'Your answers are sealed with your own secret, so your partner cannot read them, even with the journal open, until you both choose to reveal.',
  separate:
    'Nothing of your personal journal is visible here, and nothing of this space appears in the journal.',
  setup: {
    heading: 'Set up the couple space',
    start: 'Set up',
    partnerHeading: 'Partner {{n}}',
    who: 'Only partner {{n}} should look at the screen now.',
    name: 'Name you want to be called',
    pronouns: 'Pronouns (optional)',
    pronounsHint: 'For example: she, he, they, or leave blank.',
    secret: 'Your own secret',
    secretHint:
      'At least 8 characters. Not your journal passphrase, and not one your partner knows: it is what keeps your answers yours.',
    confirm: 'Repeat your secret',
    tooShort: 'Use at least 8 characters.',
    mismatch: 'The two secrets are not the same.',
    nameMissing: 'Write a name.',
    continue: 'Continue',
    create: 'Create the couple space',
    creating: 'Creating…',
    sameSecret: 'Each of you needs a different secret.',
  },
  handOver: {
    heading: 'Hand the keyboard to {{name}}',
    text: 'Only {{name}} should look at the screen for the next step.',
    ready: 'I am {{name}}, continue',
  },
  home: {
    partners: '{{a}} and {{b}}',
    pronouns: '{{name}} ({{pronouns}})',
    exercises: 'Exercises',
    desireName: 'Yes / no / maybe',
    desireWhat:
      'Each of you marks, privately, what you would like to try: yes, maybe or no. Only what you both want shows up.',
    answered: '{{name}}: answered',
    notAnswered: '{{name}}: not answered yet',
    ready: 'ready to reveal',
    notReady: 'not ready yet',
    revealed: 'Revealed together.',
    answerAs: 'Answer as {{name}}',
    answerAgain: 'Answer again as {{name}}',
    readyAs: '{{name}} is ready',
    notReadyAs: '{{name}} is not ready any more',
    reveal: 'Reveal together',
    seeOverlaps: 'See what you both want',
    leaveAs: '{{name}} leaves this exercise',
    leaveHint: 'Leaving deletes your answers and what was revealed. No reason is asked.',
    left: 'Done. Those answers are deleted.',
    readySaved: 'Saved.',
    answerAgainHint: 'A new answer starts a new round: both of you confirm again before any reveal.',
    more: 'Answer again or leave',
  },
  consent: {
    heading: 'Before you start',
    lede: 'Just for you, {{name}}. Tick what is true for you today.',
    byChoice: 'I am here by choice.',
    canStop: 'I can stop at any time.',
    partnerCanStop: 'I know my partner can stop at any time, without explaining.',
    notNow: 'If one of these is not true today, it is fine to stop here. You can come back later, or never.',
    start: 'Start the list',
  },
  stop: {
    pause: 'Pause',
    pauseHint: 'Stops now. Nothing is saved.',
    paused: 'Paused. Nothing was saved.',
  },
  list: {
    heading: 'What would you like to try?',
    lede: 'Your answers are sealed with your secret. Your partner only ever sees what you both said yes to, or yes and maybe.',
    framework: 'Framework: {{name}}',
    progress: '{{done}} of {{total}} answered',
    yes: 'Yes',
    maybe: 'Maybe',
    no: 'No',
    blankIsNo: 'An item you leave blank counts as no.',
    giveaway:
      'Good to know: a partner who answers yes to everything would learn every item you marked yes or maybe. The list works best when both of you answer honestly.',
    seal: 'Seal my answers',
  },
  secret: {
    label: 'Secret of {{name}}',
    submit: 'Continue',
    wrong: 'That secret does not open this. Check it and try again.',
    wrongOne: 'One of the two secrets does not open this. Each of you checks yours and tries again.',
    working: 'Checking…',
    cancel: 'Cancel',
    sealHeading: '{{name}}, seal your answers',
    readyHeading: '{{name}}, are you ready to reveal?',
    readyText:
      'Revealing shows only what you both want. You can still take this back until both of you have typed your secrets to reveal.',
    leaveHeading: '{{name}}, leave this exercise',
    overlapsHeading: 'Type a secret to see what you both want',
    whose: 'Whose secret',
  },
  sealed: {
    heading: 'Sealed',
    text: 'Your answers are sealed. Hand the keyboard back when you are ready.',
  },
  reveal: {
    heading: 'Reveal together',
    lede: 'Both of you are here and both of you said you are ready. Each of you types your own secret.',
    submit: 'Reveal',
    working: 'Revealing…',
  },
  overlaps: {
    heading: 'What you both want',
    bothYes: 'You both said yes',
    yesMaybe: 'One yes and one maybe',
    none: 'No item where you both want it this time. That is information too, not a verdict.',
    honest:
      'Shown: items you both said yes to, and items where one of you said yes and the other maybe. Never shown: a no, an item left blank, or maybe and maybe. If you said yes and an item is missing, your partner said no or left it blank: we never tell which.',
    talk: 'Overlaps are an invitation to talk, not a promise. Either of you can still say no, at any time.',
    back: 'Back to the couple space',
  },
};

export const coupleFr: Translation<typeof coupleEn> = {
  open: 'Couple',
  title: 'Espace couple',
  close: 'Fermer',
  loading: 'Ouverture de l’espace couple…',
  intro:
    'Un espace à deux, à côté de votre journal\u00a0: chaque partenaire répond en privé, et rien ne passe par un serveur. Sur un seul ordinateur, rien n’en sort\u00a0; sur deux, seulement les fichiers que vous choisissez de transmettre.',
  introCrypto:
    'Vos réponses sont scellées avec votre propre secret\u00a0: l’autre ne peut pas les lire, même journal ouvert, tant que vous ne choisissez pas de révéler ensemble.',
  separate:
    'Rien de votre journal personnel n’est visible ici, et rien de cet espace n’apparaît dans le journal.',
  setup: {
    heading: 'Créer l’espace couple',
    start: 'Créer',
    partnerHeading: 'Partenaire {{n}}',
    who: 'À cette étape, l’écran est réservé à partenaire {{n}}.',
    name: 'Le prénom ou nom par lequel vous appeler',
    pronouns: 'Pronoms (facultatif)',
    pronounsHint: 'Par exemple\u00a0: elle, il, iel, ou rien.',
    secret: 'Votre propre secret',
    secretHint:
      'Au moins 8 caractères. Pas la phrase de passe du journal, ni un secret que l’autre connaît\u00a0: c’est lui qui garde vos réponses à vous.',
    confirm: 'Répétez votre secret',
    tooShort: 'Utilisez au moins 8 caractères.',
    mismatch: 'Les deux secrets ne sont pas identiques.',
    nameMissing: 'Écrivez un nom.',
    continue: 'Continuer',
    create: 'Créer l’espace couple',
    creating: 'Création…',
    sameSecret: 'Il faut un secret différent pour chaque partenaire.',
  },
  handOver: {
    heading: 'Passez le clavier à {{name}}',
    text: 'Pour l’étape suivante, l’écran est réservé à {{name}}.',
    ready: 'Je suis {{name}}, continuer',
  },
  home: {
    partners: '{{a}} et {{b}}',
    pronouns: '{{name}} ({{pronouns}})',
    exercises: 'Exercices',
    desireName: 'Oui / non / peut-être',
    desireWhat:
      'Chaque partenaire note en privé ce qu’il lui plairait d’essayer\u00a0: oui, peut-être ou non. Seules vos envies communes apparaissent.',
    answered: '{{name}}\u00a0: a répondu',
    notAnswered: '{{name}}\u00a0: pas encore répondu',
    ready: 'prêt·e à révéler',
    notReady: 'pas encore prêt·e',
    revealed: 'Révélé ensemble.',
    answerAs: 'Répondre en tant que {{name}}',
    answerAgain: 'Répondre à nouveau en tant que {{name}}',
    readyAs: '{{name}} est prêt·e',
    notReadyAs: '{{name}} n’est plus prêt·e',
    reveal: 'Révéler ensemble',
    seeOverlaps: 'Voir vos envies communes',
    leaveAs: '{{name}} quitte cet exercice',
    leaveHint: 'Quitter efface vos réponses et ce qui a été révélé. Aucune raison n’est demandée.',
    left: 'C’est fait. Ces réponses sont effacées.',
    readySaved: 'Enregistré.',
    answerAgainHint:
      'Une nouvelle réponse ouvre un nouveau tour\u00a0: chaque partenaire confirme à nouveau avant toute révélation.',
    more: 'Répondre à nouveau ou quitter',
  },
  consent: {
    heading: 'Avant de commencer',
    lede: 'Rien que pour vous, {{name}}. Cochez ce qui est vrai pour vous aujourd’hui.',
    byChoice: 'Je suis là parce que je le choisis.',
    canStop: 'Je peux arrêter à tout moment.',
    partnerCanStop: 'Je sais que l’autre peut arrêter à tout moment, sans se justifier.',
    notNow:
      'Si l’une de ces phrases n’est pas vraie aujourd’hui, vous pouvez vous arrêter ici. Vous pourrez revenir plus tard, ou jamais.',
    start: 'Commencer la liste',
  },
  stop: {
    pause: 'Pause',
    pauseHint: 'S’arrête tout de suite. Rien n’est enregistré.',
    paused: 'En pause. Rien n’a été enregistré.',
  },
  list: {
    heading: 'Qu’aimeriez-vous essayer\u00a0?',
    lede: 'Vos réponses sont scellées avec votre secret. L’autre ne verra que les éléments où vos deux réponses sont oui, ou oui et peut-être.',
    framework: 'Cadre\u00a0: {{name}}',
    progress: '{{done}} sur {{total}} répondus',
    yes: 'Oui',
    maybe: 'Peut-être',
    no: 'Non',
    blankIsNo: 'Un élément laissé vide compte comme un non.',
    giveaway:
      'Bon à savoir\u00a0: un ou une partenaire qui répondrait oui à tout apprendrait chaque élément où vous avez mis oui ou peut-être. La liste marche le mieux quand chaque partenaire répond sincèrement.',
    seal: 'Sceller mes réponses',
  },
  secret: {
    label: 'Secret de {{name}}',
    submit: 'Continuer',
    wrong: 'Ce secret n’ouvre pas cet espace. Vérifiez-le et réessayez.',
    wrongOne: 'L’un des deux secrets n’ouvre pas cet espace. Chaque partenaire vérifie le sien et réessaie.',
    working: 'Vérification…',
    cancel: 'Annuler',
    sealHeading: '{{name}}, scellez vos réponses',
    readyHeading: '{{name}}, êtes-vous prêt·e à révéler\u00a0?',
    readyText:
      'La révélation ne montre que vos envies communes. Vous pouvez encore revenir en arrière tant que vos deux secrets n’ont pas été tapés pour révéler.',
    leaveHeading: '{{name}}, quitter cet exercice',
    overlapsHeading: 'Tapez un secret pour voir vos envies communes',
    whose: 'Secret de qui',
  },
  sealed: {
    heading: 'Scellé',
    text: 'Vos réponses sont scellées. Rendez le clavier quand vous êtes prêt·e.',
  },
  reveal: {
    heading: 'Révéler ensemble',
    lede: 'Vous êtes là ensemble, et chaque partenaire a dit être prêt·e. Chaque partenaire tape son propre secret.',
    submit: 'Révéler',
    working: 'Révélation…',
  },
  overlaps: {
    heading: 'Vos envies communes',
    bothYes: 'Oui pour vous deux',
    yesMaybe: 'Un oui et un peut-être',
    none: 'Aucun élément voulu par vous deux cette fois. C’est une information aussi, pas un verdict.',
    honest:
      'Affiché\u00a0: les éléments où vos deux réponses sont oui, ou oui et peut-être. Jamais affiché\u00a0: un non, un élément laissé vide, ni peut-être et peut-être. Si vous avez dit oui et qu’un élément manque, l’autre a dit non ou l’a laissé vide\u00a0: nous ne disons jamais lequel.',
    talk: 'Une envie commune invite à en parler, ce n’est pas une promesse. Chaque partenaire peut encore dire non, à tout moment.',
    back: 'Retour à l’espace couple',
  },
};
