/**
 * Strings of the two-machine exchange (each partner on their own computer), mounted under the
 * i18n key `coupleExchange`. French mirrors the English tree exactly and follows French
 * typography (\u00a0 before ; : ! ? and inside « », ’ for apostrophes). Every step says plainly
 * what a file holds and who can open it (docs/couple-crypto.md, "What the UI must say").
 */
import type { Translation } from '../../i18n/translation';

export const coupleExchangeEn = {
  entry: 'With a partner on another computer',
  entryHint: 'Each of you uses Alcove on your own computer, and you swap small files.',
  heading: 'Two computers',
  back: 'Back',
  loading: 'Opening…',
  intro:
    'Each of you uses Alcove on your own computer. You pair once, in person or on a call you trust. Then you carry small files between your computers, any way you like: a USB stick, mail, a messenger.',
  sealedHint:
    'Each file can only be opened by your partner’s Alcove, and it proves it came from yours. Anyone who sees a file can tell it is an Alcove file between the same two people, not what is inside.',
  card: {
    name: 'Your name, as your partner will see it',
    nameHint: 'A first name or a nickname. It is written on your pairing card.',
    nameMissing: 'Write a name.',
    continue: 'Continue',
    heading: 'Pair with your partner',
    step1: '1. Save your pairing card and send it to your partner.',
    step1What:
      'Your card holds your name and your Alcove’s public key, nothing else. It is not secret: send it any way you like.',
    save: 'Save my pairing card',
    saved: 'Card saved as {{fileName}}.',
    step2: '2. Import the card your partner sent you.',
    import: 'Import my partner’s card',
    refused: {
      NOT_A_CARD: 'This is not an Alcove pairing card. Check that you picked the card your partner sent.',
      OWN_CARD: 'This is your own card. Import the one your partner sent you.',
      ALREADY_PAIRED:
        'You are already paired with {{name}}. To pair with someone else, forget {{name}} first.',
    },
  },
  code: {
    heading: 'Compare your code with {{name}}',
    lede: 'Read it aloud together, in person or on a call you trust. {{name}}’s screen shows the same twelve groups if, and only if, each of you has the other’s real card.',
    label: 'Pairing code',
    allTwelve:
      'Compare all twelve groups. Do not compare by message: a code sent through a channel can come from whoever controls that channel.',
    match: 'The codes match',
    noMatch: 'They do not match',
    mismatched:
      'Nothing is trusted. The card may not be {{name}}’s: ask for a new one, through another way if you can, and compare again.',
    paired: 'Paired with {{name}}. Files from {{name}}’s Alcove are now accepted.',
    show: 'Our pairing code',
  },
  home: {
    pairedWith: 'Paired with {{name}}',
    desireName: 'Yes / no / maybe, across two computers',
    desireWhat:
      'Each of you answers privately on your own computer. Three files go back and forth, and each of you sees only what you both want.',
    invite: 'Answer and invite {{name}}',
    invited: '{{name}} invited you to the yes / no / maybe list.',
    answer: 'Answer privately',
    waitingReply: 'Waiting for {{name}}’s reply.',
    waitingFinish: 'Waiting for {{name}}’s last file.',
    importFrom: 'Import a file from {{name}}',
    saveAgain: 'Save the file again',
    stop: 'Stop this list',
    stopped: 'Stopped. What was waiting on this computer is deleted.',
    newList: 'Start a new list',
    forgetHeading: 'Forget {{name}}',
    forgetHint:
      'Forgets {{name}}’s card and any list in progress. Files from {{name}} are refused afterwards. No reason is asked.',
    forget: 'Forget {{name}}',
    forgotten: 'Done. {{name}} is forgotten on this computer.',
    order: 'Import files in the order they arrived.',
  },
  file: {
    offerHeading: 'Your invitation for {{name}}',
    offer:
      'This file holds your answers in a blinded form: {{name}}’s Alcove can only learn which items you both marked yes or yes and maybe. It never contains your no’s, nor anything of your journal.',
    replyHeading: 'Your reply for {{name}}',
    reply:
      'This file holds your answers in a blinded form: {{name}}’s Alcove can only learn which items you both marked yes or yes and maybe. It never contains your no’s, nor anything of your journal.',
    finishHeading: 'The last file, for {{name}}',
    finish:
      'You see what you both want first. This last file lets {{name}}’s Alcove find the same items. It holds nothing of your answers beyond them.',
    save: 'Save the file',
    saved: 'Saved as {{fileName}}. Send it to {{name}} any way you like.',
    next: {
      offer: 'Then wait for {{name}}’s reply, and import it here.',
      reply: 'Then wait for {{name}}’s last file, and import it here.',
      finish: 'Once {{name}} imports it, you both see the same list.',
    },
  },
  imported: {
    offer: '{{name}}’s invitation is here.',
    reply: '{{name}}’s reply is here.',
    finish: '{{name}}’s last file is here.',
  },
  refused: {
    MALFORMED: 'This is not an Alcove partner file, or it is damaged or incomplete. Nothing was imported.',
    UNSUPPORTED_VERSION:
      'This file was made by a newer version of Alcove. Update Alcove on this computer, then import it again.',
    NOT_FOR_THIS_VAULT: 'This file is meant for someone else’s Alcove, not this one. Nothing was imported.',
    UNKNOWN_SENDER: 'This file comes from an Alcove you have not paired with. Nothing was imported.',
    TAMPERED:
      'This file was changed after it was made, or was not made by {{name}}’s Alcove. Nothing was imported.',
    REPLAYED:
      'This file was already imported, or a newer file from {{name}} was. Import files in the order they arrived. Nothing was imported.',
    NOT_EXPECTED:
      'This file belongs to a step this computer is not waiting for: a list that was stopped, or that is already finished. Nothing was imported.',
    DIFFERENT_LIST:
      '{{name}}’s Alcove has another version of the list. Both of you need the same version of Alcove. Nothing was imported.',
    WRONG_SESSION: 'This file belongs to an older or stopped list. Nothing was imported.',
  },
  answer: {
    lede: 'Just for you. Your answers stay on this computer; only a blinded form leaves it.',
    make: 'Make the invitation',
    makeReply: 'Make my reply',
    working: 'Preparing…',
  },
  overlaps: {
    honestAcross:
      'The one who invites sees the result first and could stop before sending the last file. A partner’s Alcove that was modified could make an item appear; it can never learn your no.',
  },
};

export const coupleExchangeFr: Translation<typeof coupleExchangeEn> = {
  entry: 'Avec un ou une partenaire sur un autre ordinateur',
  entryHint:
    'Chaque partenaire utilise Alcove sur son propre ordinateur, et vous échangez de petits fichiers.',
  heading: 'Deux ordinateurs',
  back: 'Retour',
  loading: 'Ouverture…',
  intro:
    'Chaque partenaire utilise Alcove sur son propre ordinateur. Vous vous appairez une fois, en personne ou lors d’un appel de confiance. Ensuite, vous transportez de petits fichiers entre vos ordinateurs, comme vous voulez\u00a0: clé USB, e-mail, messagerie.',
  sealedHint:
    'Chaque fichier ne peut être ouvert que par l’Alcove de l’autre, et prouve qu’il vient du vôtre. Qui voit un fichier peut savoir que c’est un fichier Alcove entre les deux mêmes personnes, pas ce qu’il contient.',
  card: {
    name: 'Votre prénom, tel que l’autre le verra',
    nameHint: 'Un prénom ou un surnom. Il est écrit sur votre carte d’appairage.',
    nameMissing: 'Écrivez un prénom.',
    continue: 'Continuer',
    heading: 'Vous appairer',
    step1: '1. Enregistrez votre carte d’appairage et envoyez-la à l’autre.',
    step1What:
      'Votre carte contient votre prénom et la clé publique de votre Alcove, rien d’autre. Elle n’est pas secrète\u00a0: envoyez-la comme vous voulez.',
    save: 'Enregistrer ma carte d’appairage',
    saved: 'Carte enregistrée sous {{fileName}}.',
    step2: '2. Importez la carte que l’autre vous a envoyée.',
    import: 'Importer la carte de l’autre',
    refused: {
      NOT_A_CARD:
        'Ce n’est pas une carte d’appairage Alcove. Vérifiez que vous avez choisi la carte envoyée par l’autre.',
      OWN_CARD: 'C’est votre propre carte. Importez celle que l’autre vous a envoyée.',
      ALREADY_PAIRED:
        'Vous êtes déjà appairé·e avec {{name}}. Pour vous appairer avec quelqu’un d’autre, oubliez d’abord {{name}}.',
    },
  },
  code: {
    heading: 'Comparez votre code avec {{name}}',
    lede: 'Lisez-le à voix haute ensemble, en personne ou lors d’un appel de confiance. L’écran de {{name}} affiche les mêmes douze groupes si, et seulement si, chaque partenaire a la vraie carte de l’autre.',
    label: 'Code d’appairage',
    allTwelve:
      'Comparez les douze groupes. Pas par message\u00a0: un code envoyé par un canal peut venir de quiconque contrôle ce canal.',
    match: 'Les codes sont identiques',
    noMatch: 'Ils sont différents',
    mismatched:
      'Rien n’est approuvé. La carte n’est peut-être pas celle de {{name}}\u00a0: demandez-en une nouvelle, par un autre moyen si possible, et comparez à nouveau.',
    paired: 'Appairage fait avec {{name}}. Les fichiers de l’Alcove de {{name}} sont désormais acceptés.',
    show: 'Notre code d’appairage',
  },
  home: {
    pairedWith: 'Appairage fait avec {{name}}',
    desireName: 'Oui / non / peut-être, sur deux ordinateurs',
    desireWhat:
      'Chaque partenaire répond en privé sur son propre ordinateur. Trois fichiers font l’aller-retour, et chaque partenaire ne voit que vos envies communes.',
    invite: 'Répondre et inviter {{name}}',
    invited: '{{name}} vous invite à la liste oui / non / peut-être.',
    answer: 'Répondre en privé',
    waitingReply: 'En attente de la réponse de {{name}}.',
    waitingFinish: 'En attente du dernier fichier de {{name}}.',
    importFrom: 'Importer un fichier de {{name}}',
    saveAgain: 'Enregistrer à nouveau le fichier',
    stop: 'Arrêter cette liste',
    stopped: 'Arrêté. Ce qui attendait sur cet ordinateur est effacé.',
    newList: 'Commencer une nouvelle liste',
    forgetHeading: 'Oublier {{name}}',
    forgetHint:
      'Oublie la carte de {{name}} et toute liste en cours. Les fichiers de {{name}} seront ensuite refusés. Aucune raison n’est demandée.',
    forget: 'Oublier {{name}}',
    forgotten: 'C’est fait. {{name}} est oublié·e sur cet ordinateur.',
    order: 'Importez les fichiers dans l’ordre où ils sont arrivés.',
  },
  file: {
    offerHeading: 'Votre invitation pour {{name}}',
    offer:
      'Ce fichier contient vos réponses sous une forme masquée\u00a0: l’Alcove de {{name}} peut seulement savoir quels éléments ont reçu oui des deux côtés, ou oui et peut-être. Il ne contient jamais vos non, ni rien de votre journal.',
    replyHeading: 'Votre réponse pour {{name}}',
    reply:
      'Ce fichier contient vos réponses sous une forme masquée\u00a0: l’Alcove de {{name}} peut seulement savoir quels éléments ont reçu oui des deux côtés, ou oui et peut-être. Il ne contient jamais vos non, ni rien de votre journal.',
    finishHeading: 'Le dernier fichier, pour {{name}}',
    finish:
      'Vous voyez vos envies communes en premier. Ce dernier fichier permet à l’Alcove de {{name}} de trouver les mêmes éléments. Il ne contient rien de vos réponses au-delà.',
    save: 'Enregistrer le fichier',
    saved: 'Enregistré sous {{fileName}}. Envoyez-le à {{name}} comme vous voulez.',
    next: {
      offer: 'Attendez ensuite la réponse de {{name}}, et importez-la ici.',
      reply: 'Attendez ensuite le dernier fichier de {{name}}, et importez-le ici.',
      finish: 'Une fois qu’il sera importé par {{name}}, vous verrez la même liste.',
    },
  },
  imported: {
    offer: 'L’invitation de {{name}} est arrivée.',
    reply: 'La réponse de {{name}} est arrivée.',
    finish: 'Le dernier fichier de {{name}} est arrivé.',
  },
  refused: {
    MALFORMED:
      'Ce n’est pas un fichier partenaire Alcove, ou il est abîmé ou incomplet. Rien n’a été importé.',
    UNSUPPORTED_VERSION:
      'Ce fichier vient d’une version plus récente d’Alcove. Mettez Alcove à jour sur cet ordinateur, puis importez-le à nouveau.',
    NOT_FOR_THIS_VAULT:
      'Ce fichier est destiné à l’Alcove de quelqu’un d’autre, pas à celui-ci. Rien n’a été importé.',
    UNKNOWN_SENDER:
      'Ce fichier vient d’un Alcove avec lequel vous n’êtes pas appairé·e. Rien n’a été importé.',
    TAMPERED:
      'Ce fichier a été modifié après sa création, ou ne vient pas de l’Alcove de {{name}}. Rien n’a été importé.',
    REPLAYED:
      'Ce fichier a déjà été importé, ou un fichier plus récent de {{name}} l’a été. Importez les fichiers dans l’ordre où ils sont arrivés. Rien n’a été importé.',
    NOT_EXPECTED:
      'Ce fichier correspond à une étape que cet ordinateur n’attend pas\u00a0: une liste arrêtée, ou déjà terminée. Rien n’a été importé.',
    DIFFERENT_LIST:
      'L’Alcove de {{name}} a une autre version de la liste. Il vous faut la même version d’Alcove. Rien n’a été importé.',
    WRONG_SESSION: 'Ce fichier appartient à une liste plus ancienne ou arrêtée. Rien n’a été importé.',
  },
  answer: {
    lede: 'Rien que pour vous. Vos réponses restent sur cet ordinateur\u00a0; seule une forme masquée en sort.',
    make: 'Préparer l’invitation',
    makeReply: 'Préparer ma réponse',
    working: 'Préparation…',
  },
  overlaps: {
    honestAcross:
      'La personne qui invite voit le résultat en premier et pourrait s’arrêter avant d’envoyer le dernier fichier. Un Alcove modifié par l’autre pourrait faire apparaître un élément\u00a0; il ne peut jamais apprendre vos non.',
  },
};
