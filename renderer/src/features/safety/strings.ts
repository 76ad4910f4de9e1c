/**
 * Strings of the safety screen, mounted under the i18n key `safety` (t('safety.title')).
 * French mirrors the English tree exactly (the type below refuses a missing or extra key) and
 * follows French typography: a no-break space (\u00a0) before ; : ! ? and inside « », and ’ for
 * apostrophes. Tone: calm, short sentences, no assumed gender, never a diagnosis.
 */
import type { Translation } from '../../i18n/translation';

export const safetyEn = {
  title: 'You don’t have to go through this alone',
  lede: 'Take your time. This page is here for hard moments.',
  privacy:
    'Nothing on this page contacts anyone, and nothing you type here is sent anywhere. Alcove is not a substitute for care: the people behind these numbers are there to listen.',
  close: 'Close',
  open: 'Help now',
  emergency: {
    heading: 'In an emergency',
    numberLabel: 'Emergency number, {{region}}',
    now: 'If you are in danger now, call {{emergency}}.',
  },
  lines: {
    heading: 'People you can talk to',
    intro:
      'Trained people answer these lines. You can reach out even if you are not sure it is serious enough.',
    region: 'Region',
    kind: {
      call: 'Call',
      text: 'Text',
      sms: 'SMS',
    },
    textKeyword: 'Text {{keyword}} to {{number}}.',
    mnemonic: 'Also written {{mnemonic}}.',
    verified: 'Numbers checked on {{date}}.',
  },
  breathing: {
    heading: 'Breathe slowly',
    framework: 'Box breathing: 4 seconds in, 4 holding, 4 out, 4 holding.',
    intro: 'Follow the square at your own pace. You can stop at any time.',
    start: 'Start',
    stop: 'Stop',
    ready: 'Press Start when you are ready.',
    phase: {
      in: 'Breathe in',
      holdIn: 'Hold',
      out: 'Breathe out',
      holdOut: 'Hold',
    },
    seconds: '{{count}} s',
  },
  grounding: {
    heading: 'Come back to the present: 5, 4, 3, 2, 1',
    framework: 'Grounding 5-4-3-2-1: notice what is around you, one sense at a time.',
    intro: 'There is no right answer. Typing is optional, and nothing you type here is saved.',
    step: 'Step {{step}} of {{total}}',
    senses: {
      see: {
        title: '5 things you can see',
        hint: 'Look around slowly: a colour, a shape, a light.',
        item: 'Something you can see ({{n}} of {{total}})',
      },
      touch: {
        title: '4 things you can touch',
        hint: 'The seat under you, your clothes, the air on your skin.',
        item: 'Something you can touch ({{n}} of {{total}})',
      },
      hear: {
        title: '3 things you can hear',
        hint: 'Near or far, loud or quiet.',
        item: 'Something you can hear ({{n}} of {{total}})',
      },
      smell: {
        title: '2 things you can smell',
        hint: 'If nothing comes, think of a smell you like.',
        item: 'Something you can smell ({{n}} of {{total}})',
      },
      taste: {
        title: '1 thing you can taste',
        hint: 'If nothing comes, think of a taste you like.',
        item: 'Something you can taste ({{n}} of {{total}})',
      },
    },
    next: 'Next',
    back: 'Back',
    doneTitle: 'You are here, right now',
    doneText:
      'Thank you for taking this moment. Notice how you feel. You can come back to it whenever you need.',
    restart: 'Start again',
  },
  plan: {
    heading: 'My safety plan',
    intro:
      'A plan written ahead of time, in your own words, for when things get hard. Go through it step by step, from what you can do on your own to the people you can reach.',
    framework: 'Structure based on the Stanley–Brown safety plan.',
    locked:
      'Your safety plan is kept in your encrypted journal. Unlock your journal to see your safety plan.',
    sections: {
      warningSigns: {
        title: 'Signs that a hard moment is coming',
        hint: 'Thoughts, feelings or situations you notice first.',
      },
      copingOnMyOwn: {
        title: 'Things I can do on my own',
        hint: 'To calm down or feel a little better, without needing anyone.',
      },
      distractions: {
        title: 'People and places that take my mind off things',
        hint: 'Someone to spend time with, a café, a park, a group.',
      },
      peopleToAsk: {
        title: 'People I can ask for help',
        hint: 'People you trust, with their number if you like.',
      },
      professionals: {
        title: 'Professionals and services I can contact',
        hint: 'Therapist, doctor, support services, with their numbers.',
      },
      saferEnvironment: {
        title: 'Making my surroundings safer',
        hint: 'What you can put away or keep at a distance when things get hard, on your own or with someone.',
      },
      reasonsToLive: {
        title: 'What matters to me',
        hint: 'People, plans, things you care about.',
      },
    },
    empty: 'Nothing written here yet.',
    newItem: 'New item in “{{section}}”',
    add: 'Add',
    addLabel: 'Add to “{{section}}”',
    remove: 'Remove',
    removeLabel: 'Remove “{{item}}” from “{{section}}”',
    full: 'This list is full ({{max}} items).',
    save: 'Save my plan',
    saving: 'Saving…',
    saved: 'Saved.',
    unsaved: 'Some changes are not saved yet.',
    saveFailed: 'Your plan could not be saved. Your changes are still here; you can try again.',
  },
};

/** The shape both languages share. */
export type SafetyStrings = Translation<typeof safetyEn>;

export const safetyFr: SafetyStrings = {
  title: 'Vous n’avez pas à traverser cela sans aide',
  lede: 'Prenez votre temps. Cette page est là pour les moments difficiles.',
  privacy:
    'Rien sur cette page ne contacte qui que ce soit, et rien de ce que vous tapez ici n’est envoyé nulle part. Alcove ne remplace pas un accompagnement\u00a0: les personnes derrière ces numéros sont là pour vous écouter.',
  close: 'Fermer',
  open: 'Aide immédiate',
  emergency: {
    heading: 'En cas d’urgence',
    numberLabel: 'Numéro d’urgence, {{region}}',
    now: 'Si vous êtes en danger maintenant, appelez le {{emergency}}.',
  },
  lines: {
    heading: 'Des personnes à qui parler',
    intro:
      'Des personnes formées répondent sur ces lignes. Vous pouvez les joindre même sans savoir si c’est assez grave.',
    region: 'Région',
    kind: {
      call: 'Appel',
      text: 'Texto',
      sms: 'SMS',
    },
    textKeyword: 'Envoyez {{keyword}} au {{number}}.',
    mnemonic: 'Aussi écrit {{mnemonic}}.',
    verified: 'Numéros vérifiés le {{date}}.',
  },
  breathing: {
    heading: 'Respirer lentement',
    framework: 'Respiration carrée\u00a0: 4 secondes d’inspiration, 4 de pause, 4 d’expiration, 4 de pause.',
    intro: 'Suivez le carré à votre rythme. Vous pouvez arrêter à tout moment.',
    start: 'Commencer',
    stop: 'Arrêter',
    ready: 'Appuyez sur Commencer quand vous le souhaitez.',
    phase: {
      in: 'Inspirez',
      holdIn: 'Pause',
      out: 'Expirez',
      holdOut: 'Pause',
    },
    seconds: '{{count}}\u00a0s',
  },
  grounding: {
    heading: 'Revenir à l’instant présent\u00a0: 5, 4, 3, 2, 1',
    framework: 'Ancrage 5-4-3-2-1\u00a0: remarquer ce qui vous entoure, un sens à la fois.',
    intro:
      'Il n’y a pas de bonne réponse. Écrire est facultatif, et rien de ce que vous tapez ici n’est enregistré.',
    step: 'Étape {{step}} sur {{total}}',
    senses: {
      see: {
        title: '5 choses que vous voyez',
        hint: 'Regardez lentement autour de vous\u00a0: une couleur, une forme, une lumière.',
        item: 'Une chose que vous voyez ({{n}} sur {{total}})',
      },
      touch: {
        title: '4 choses que vous pouvez toucher',
        hint: 'Le siège sous vous, vos vêtements, l’air sur votre peau.',
        item: 'Une chose que vous pouvez toucher ({{n}} sur {{total}})',
      },
      hear: {
        title: '3 choses que vous entendez',
        hint: 'Proches ou lointaines, fortes ou douces.',
        item: 'Une chose que vous entendez ({{n}} sur {{total}})',
      },
      smell: {
        title: '2 odeurs que vous sentez',
        hint: 'Si rien ne vient, pensez à une odeur que vous aimez.',
        item: 'Une odeur ({{n}} sur {{total}})',
      },
      taste: {
        title: '1 goût que vous percevez',
        hint: 'Si rien ne vient, pensez à un goût que vous aimez.',
        item: 'Un goût ({{n}} sur {{total}})',
      },
    },
    next: 'Suivant',
    back: 'Précédent',
    doneTitle: 'Vous êtes ici, maintenant',
    doneText:
      'Merci d’avoir pris ce moment. Remarquez comment vous vous sentez. Vous pouvez y revenir quand vous en avez besoin.',
    restart: 'Recommencer',
  },
  plan: {
    heading: 'Mon plan de sécurité',
    intro:
      'Un plan écrit à l’avance, avec vos mots, pour les moments difficiles. Parcourez-le étape par étape, de ce que vous pouvez faire par vous-même jusqu’aux personnes que vous pouvez joindre.',
    framework: 'Structure inspirée du plan de sécurité de Stanley et Brown.',
    locked:
      'Votre plan de sécurité est conservé dans votre journal chiffré. Déverrouillez votre journal pour voir votre plan de sécurité.',
    sections: {
      warningSigns: {
        title: 'Les signes qu’un moment difficile arrive',
        hint: 'Des pensées, des émotions ou des situations que vous remarquez en premier.',
      },
      copingOnMyOwn: {
        title: 'Ce que je peux faire par moi-même',
        hint: 'Pour vous calmer ou aller un peu mieux, sans avoir besoin de quelqu’un.',
      },
      distractions: {
        title: 'Des personnes et des lieux qui me changent les idées',
        hint: 'Une personne avec qui passer du temps, un café, un parc, un groupe.',
      },
      peopleToAsk: {
        title: 'Des personnes à qui je peux demander de l’aide',
        hint: 'Des personnes de confiance, avec leur numéro si vous le souhaitez.',
      },
      professionals: {
        title: 'L’aide professionnelle que je peux contacter',
        hint: 'Thérapeute, médecin, services d’écoute, avec leurs numéros.',
      },
      saferEnvironment: {
        title: 'Rendre mon environnement plus sûr',
        hint: 'Ce que vous pouvez ranger ou tenir à distance quand ça va mal, par vous-même ou avec quelqu’un.',
      },
      reasonsToLive: {
        title: 'Ce qui compte pour moi',
        hint: 'Des personnes, des projets, des choses qui vous tiennent à cœur.',
      },
    },
    empty: 'Rien d’écrit ici pour l’instant.',
    newItem: 'Nouvel élément dans «\u00a0{{section}}\u00a0»',
    add: 'Ajouter',
    addLabel: 'Ajouter à «\u00a0{{section}}\u00a0»',
    remove: 'Retirer',
    removeLabel: 'Retirer «\u00a0{{item}}\u00a0» de «\u00a0{{section}}\u00a0»',
    full: 'Cette liste est complète ({{max}} éléments).',
    save: 'Enregistrer mon plan',
    saving: 'Enregistrement…',
    saved: 'Enregistré.',
    unsaved: 'Certaines modifications ne sont pas encore enregistrées.',
    saveFailed:
      'Votre plan n’a pas pu être enregistré. Vos modifications sont toujours là\u00a0; vous pouvez réessayer.',
  },
};
