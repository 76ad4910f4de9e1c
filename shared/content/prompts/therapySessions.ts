import { type PromptPack } from './schema';

// The bridge to therapy: preparing a session (what to bring, what is hard to say), following up on one
// (what stayed, what to try, what was not said), and noting things in between. Alcove complements therapy
// and never replaces it; these prompts help the user arrive with their own words. Tags say when each fits.

/** Prompts for before, after and between therapy sessions. */
export const THERAPY_SESSIONS_PACK: PromptPack = {
  id: 'therapy-sessions',
  version: 1,
  schemaVersion: 1,
  name: { en: 'Therapy sessions', fr: 'Séances de thérapie' },
  description: {
    en: 'Before a session: what you want to bring. After: what stayed with you, what you want to try, what you didn’t dare say. In between: what you want to remember. You choose what, if anything, to share.',
    fr: 'Avant une séance\u00a0: ce que vous voulez apporter. Après\u00a0: ce qui vous reste, ce que vous voulez essayer, ce que vous n’avez pas osé dire. Entre deux\u00a0: ce dont vous voulez vous souvenir. Vous choisissez ce que vous partagez, ou non.',
  },
  framework: 'therapy-bridge',
  sensitive: false,
  prompts: [
    {
      id: 'therapy-before-main-topic',
      framework: 'therapy-bridge',
      intensity: 'light',
      tags: ['before-session'],
      text: {
        en: 'What do you most want to talk about in your next session? If you had only ten minutes, where would you start?',
        fr: 'De quoi voulez-vous surtout parler lors de votre prochaine séance\u00a0? Si vous n’aviez que dix minutes, par quoi commenceriez-vous\u00a0?',
      },
    },
    {
      id: 'therapy-before-since-last',
      framework: 'therapy-bridge',
      intensity: 'light',
      tags: ['before-session'],
      text: {
        en: 'What has happened since your last session that you would like your therapist to know: events, changes, moods?',
        fr: 'Que s’est-il passé depuis votre dernière séance que vous aimeriez faire savoir à votre thérapeute\u00a0: des événements, des changements, des humeurs\u00a0?',
      },
    },
    {
      id: 'therapy-before-entries-to-bring',
      framework: 'therapy-bridge',
      intensity: 'light',
      tags: ['before-session'],
      text: {
        en: 'Look back over your recent entries. Which ones would you like to bring to your session, or read aloud?',
        fr: 'Relisez vos dernières entrées. Lesquelles aimeriez-vous apporter en séance, ou lire à voix haute\u00a0?',
      },
    },
    {
      id: 'therapy-before-avoided-topic',
      framework: 'therapy-bridge',
      intensity: 'deep',
      tags: ['before-session', 'hard-to-say'],
      text: {
        en: 'Is there a topic you have been avoiding in therapy? Write why it feels hard, and what you fear might happen if you brought it up.',
        fr: 'Y a-t-il un sujet que vous évitez d’aborder en thérapie\u00a0? Écrivez pourquoi c’est difficile, et ce que vous craignez qu’il se passe si vous en parliez.',
      },
    },
    {
      id: 'therapy-before-first-sentence',
      framework: 'therapy-bridge',
      intensity: 'medium',
      tags: ['before-session', 'hard-to-say'],
      text: {
        en: 'If a topic feels hard to start, write the first sentence you could say, for example: “There’s something I find hard to talk about…”',
        fr: 'Si un sujet est difficile à lancer, écrivez la première phrase que vous pourriez prononcer, par exemple\u00a0: «\u00a0Il y a quelque chose dont j’ai du mal à parler…\u00a0»',
      },
    },
    {
      id: 'therapy-before-questions',
      framework: 'therapy-bridge',
      intensity: 'light',
      tags: ['before-session'],
      text: {
        en: 'What questions would you like to ask your therapist, about the approach, the next steps, or anything that puzzles you?',
        fr: 'Quelles questions aimeriez-vous poser à votre thérapeute, sur l’approche, les prochaines étapes ou tout ce qui vous interroge\u00a0?',
      },
    },
    {
      id: 'therapy-before-arriving-state',
      framework: 'therapy-bridge',
      intensity: 'light',
      tags: ['before-session'],
      text: {
        en: 'In what state are you arriving at this session: from 0 to 10 for energy, and for mood? What is colouring your day?',
        fr: 'Dans quel état arrivez-vous à cette séance\u00a0: de 0 à 10 pour l’énergie, et pour l’humeur\u00a0? Qu’est-ce qui colore votre journée\u00a0?',
      },
    },
    {
      id: 'therapy-before-hopes-revisited',
      framework: 'therapy-bridge',
      intensity: 'medium',
      tags: ['before-session', 'goals'],
      text: {
        en: 'What did you hope therapy would bring when you started? Has that changed since?',
        fr: 'Qu’espériez-vous de la thérapie au début\u00a0? Cela a-t-il changé depuis\u00a0?',
      },
    },
    {
      id: 'therapy-before-between-tasks',
      framework: 'therapy-bridge',
      intensity: 'light',
      tags: ['before-session'],
      text: {
        en: 'Did you try what you planned between sessions? What went well, what got in the way, what surprised you?',
        fr: 'Avez-vous essayé ce qui était prévu entre les séances\u00a0? Qu’est-ce qui a bien fonctionné, qu’est-ce qui a fait obstacle, qu’est-ce qui a été une surprise\u00a0?',
      },
    },
    {
      id: 'therapy-before-self-check-in',
      framework: 'therapy-bridge',
      intensity: 'light',
      tags: ['before-session', 'self-check-in'],
      text: {
        en: 'If you filled in a self-check-in this week, which score or answer would you like to talk through with your therapist?',
        fr: 'Si vous avez rempli un questionnaire d’auto-évaluation cette semaine, quel score ou quelle réponse aimeriez-vous évoquer avec votre thérapeute\u00a0?',
      },
    },
    {
      id: 'therapy-before-body-waiting',
      framework: 'mindfulness',
      intensity: 'light',
      tags: ['before-session', 'body'],
      text: {
        en: 'In the moments before a session, what do you feel in your body? Note it briefly; it can be a way in.',
        fr: 'Dans les instants qui précèdent une séance, que ressentez-vous dans votre corps\u00a0? Notez-le brièvement\u00a0; cela peut être un point de départ.',
      },
    },
    {
      id: 'therapy-before-what-helps',
      framework: 'therapy-bridge',
      intensity: 'medium',
      tags: ['before-session', 'goals'],
      text: {
        en: 'What has been most useful in your sessions so far? Is there anything you would like more of, or less of?',
        fr: 'Qu’est-ce qui a été le plus utile dans vos séances jusqu’ici\u00a0? Y a-t-il quelque chose dont vous aimeriez davantage, ou moins\u00a0?',
      },
    },
    {
      id: 'therapy-after-what-stayed',
      framework: 'therapy-bridge',
      intensity: 'light',
      tags: ['after-session'],
      text: {
        en: 'What stayed with you from today’s session: a sentence, an image, a feeling?',
        fr: 'Qu’est-ce qui vous reste de la séance d’aujourd’hui\u00a0: une phrase, une image, une émotion\u00a0?',
      },
    },
    {
      id: 'therapy-after-new-angle',
      framework: 'therapy-bridge',
      intensity: 'medium',
      tags: ['after-session'],
      text: {
        en: 'Did you see something in a new light today? Write it in your own words before it fades.',
        fr: 'Avez-vous vu quelque chose sous un nouveau jour aujourd’hui\u00a0? Écrivez-le avec vos mots avant qu’il ne s’efface.',
      },
    },
    {
      id: 'therapy-after-to-try',
      framework: 'therapy-bridge',
      intensity: 'light',
      tags: ['after-session', 'committed-action'],
      text: {
        en: 'What would you like to try before the next session? Keep it small and specific.',
        fr: 'Qu’aimeriez-vous essayer d’ici la prochaine séance\u00a0? Choisissez quelque chose de petit et de précis.',
      },
    },
    {
      id: 'therapy-after-did-not-dare',
      framework: 'therapy-bridge',
      intensity: 'medium',
      tags: ['after-session', 'hard-to-say'],
      text: {
        en: 'Was there something you didn’t dare say today? Write it here; you can decide later whether to bring it next time.',
        fr: 'Y a-t-il quelque chose que vous n’avez pas osé dire aujourd’hui\u00a0? Écrivez-le ici\u00a0; vous déciderez plus tard de l’apporter ou non la prochaine fois.',
      },
    },
    {
      id: 'therapy-after-how-you-feel',
      framework: 'therapy-bridge',
      intensity: 'light',
      tags: ['after-session'],
      text: {
        en: 'What do you feel now, compared with before the session: tiredness, lightness, agitation, uncertainty? All of these happen.',
        fr: 'Que ressentez-vous maintenant, par rapport à avant la séance\u00a0: de la fatigue, de la légèreté, de l’agitation, de l’incertitude\u00a0? Tout cela arrive.',
      },
    },
    {
      id: 'therapy-after-the-relationship',
      framework: 'therapy-bridge',
      intensity: 'medium',
      tags: ['after-session', 'therapeutic-relationship'],
      text: {
        en: 'How was the exchange with your therapist today: listening, haste, challenge, understanding? Is there something about the relationship itself you’d like to mention?',
        fr: 'Comment avez-vous vécu l’échange avec votre thérapeute aujourd’hui\u00a0: de l’écoute, de la précipitation, une remise en question, de la compréhension\u00a0? Y a-t-il quelque chose sur la relation elle-même que vous aimeriez mentionner\u00a0?',
      },
    },
    {
      id: 'therapy-after-disagreement',
      framework: 'therapy-bridge',
      intensity: 'medium',
      tags: ['after-session', 'therapeutic-relationship'],
      text: {
        en: 'Was something said in session that you disagree with, or that didn’t fit you? Your view matters: how might you say so?',
        fr: 'Quelque chose a-t-il été dit en séance avec lequel vous n’êtes pas d’accord, ou qui ne vous correspondait pas\u00a0? Votre point de vue compte\u00a0: comment pourriez-vous le dire\u00a0?',
      },
    },
    {
      id: 'therapy-after-self-care',
      framework: 'self-compassion',
      intensity: 'light',
      tags: ['after-session'],
      text: {
        en: 'Sessions can stir things up. What could you do in the next few hours to take care of yourself?',
        fr: 'Une séance peut remuer beaucoup de choses. Que pourriez-vous faire dans les prochaines heures pour prendre soin de vous\u00a0?',
      },
    },
    {
      id: 'therapy-after-word-to-keep',
      framework: 'therapy-bridge',
      intensity: 'light',
      tags: ['after-session'],
      text: {
        en: 'Was there a word or an idea from the session that you want to remember or look into?',
        fr: 'Y a-t-il un mot ou une idée de la séance que vous voulez retenir ou approfondir\u00a0?',
      },
    },
    {
      id: 'therapy-after-what-shifted',
      framework: 'therapy-bridge',
      intensity: 'medium',
      tags: ['after-session', 'goals'],
      text: {
        en: 'Looking back over several sessions, what has shifted, even slightly, in how you think, feel or act?',
        fr: 'En repensant à plusieurs séances, qu’est-ce qui a bougé, même légèrement, dans votre façon de penser, de ressentir ou d’agir\u00a0?',
      },
    },
    {
      id: 'therapy-between-note-for-later',
      framework: 'therapy-bridge',
      intensity: 'light',
      tags: ['between-sessions'],
      text: {
        en: 'Something happened that you want to remember for your next session. Note it briefly: what happened, and what you felt.',
        fr: 'Quelque chose s’est produit et vous voulez vous en souvenir pour la prochaine séance. Notez-le brièvement\u00a0: ce qui s’est passé, et ce que vous avez ressenti.',
      },
    },
    {
      id: 'therapy-between-pattern',
      framework: 'therapy-bridge',
      intensity: 'medium',
      tags: ['between-sessions'],
      text: {
        en: 'Have you noticed a pattern this week that connects with what you talk about in therapy?',
        fr: 'Avez-vous remarqué cette semaine un schéma qui rejoint ce dont vous parlez en thérapie\u00a0?',
      },
    },
    {
      id: 'therapy-between-hard-moment',
      framework: 'cbt',
      intensity: 'medium',
      tags: ['between-sessions'],
      text: {
        en: 'Describe a hard moment since your last session: what happened, what you felt, what went through your mind, what you did, and what helped even a little.',
        fr: 'Décrivez un moment difficile depuis votre dernière séance\u00a0: ce qui s’est passé, ce que vous avez ressenti, ce qui vous est passé par la tête, ce que vous avez fait, et ce qui a aidé, même un peu.',
      },
    },
    {
      id: 'therapy-between-is-it-right',
      framework: 'therapy-bridge',
      intensity: 'deep',
      tags: ['between-sessions', 'therapeutic-relationship'],
      text: {
        en: 'Are you wondering whether this therapy, or this therapeutic relationship, is right for you? Write what works and what doesn’t; it is a legitimate topic to raise in session.',
        fr: 'Vous demandez-vous si cette thérapie, ou cette relation thérapeutique, vous convient\u00a0? Notez ce qui fonctionne et ce qui ne fonctionne pas\u00a0; c’est un sujet légitime à aborder en séance.',
      },
    },
    {
      id: 'therapy-between-what-to-share',
      framework: 'therapy-bridge',
      intensity: 'medium',
      tags: ['between-sessions', 'sharing'],
      text: {
        en: 'Which parts of your journal would you be comfortable sharing with your therapist, and which would you rather keep private? Both choices are yours.',
        fr: 'Quelles parties de votre journal accepteriez-vous de partager avec votre thérapeute, et lesquelles préférez-vous garder pour vous\u00a0? Ces deux choix vous appartiennent.',
      },
    },
  ],
};
