import { type PromptPack } from './schema';

// Self-compassion, after Neff's three components: noticing what is hard (mindfulness), remembering that
// others struggle too (common humanity), and answering oneself with kindness, which can also be firm.

/** Prompts for meeting difficulty with kindness rather than self-criticism. */
export const SELF_COMPASSION_PACK: PromptPack = {
  id: 'self-compassion',
  version: 1,
  schemaVersion: 1,
  name: { en: 'Self-compassion', fr: 'Bienveillance envers soi' },
  description: {
    en: 'Notice what is hard, remember that others go through it too, and answer yourself the way you would answer someone you love. Kindness can also mean saying no.',
    fr: 'Remarquer ce qui est difficile, se rappeler que d’autres le traversent aussi, et se répondre comme on répondrait à une personne aimée. La bienveillance peut aussi vouloir dire non.',
  },
  framework: 'self-compassion',
  sensitive: false,
  prompts: [
    {
      id: 'compassion-what-is-hard',
      framework: 'self-compassion',
      intensity: 'medium',
      tags: ['mindfulness'],
      text: {
        en: 'What is hard for you right now? Describe it plainly, as you would to someone you trust.',
        fr: 'Qu’est-ce qui est difficile pour vous en ce moment\u00a0? Décrivez-le simplement, comme vous le feriez auprès d’une personne de confiance.',
      },
    },
    {
      id: 'compassion-letter-from-a-friend',
      framework: 'self-compassion',
      intensity: 'medium',
      tags: ['kindness'],
      text: {
        en: 'Imagine a friend in exactly your situation. Write them a few lines of support. Then read them back as if they were addressed to you.',
        fr: 'Imaginez une personne amie dans exactement votre situation. Écrivez-lui quelques lignes de soutien. Puis relisez-les comme si elles vous étaient adressées.',
      },
    },
    {
      id: 'compassion-others-too',
      framework: 'self-compassion',
      intensity: 'light',
      tags: ['common-humanity'],
      text: {
        en: 'Who else might be feeling something similar today, somewhere in the world? What would you wish for them?',
        fr: 'Qui d’autre ressent peut-être quelque chose de semblable aujourd’hui, quelque part dans le monde\u00a0? Que souhaiteriez-vous à ces personnes\u00a0?',
      },
    },
    {
      id: 'compassion-critical-voice',
      framework: 'self-compassion',
      intensity: 'medium',
      tags: ['inner-critic'],
      text: {
        en: 'What does your critical inner voice say most often? Write its words, then notice its tone. Whose voice does it remind you of?',
        fr: 'Que vous répète le plus souvent votre voix critique intérieure\u00a0? Écrivez ses mots, puis remarquez son ton. À quelle voix vous fait-elle penser\u00a0?',
      },
    },
    {
      id: 'compassion-critic-fear',
      framework: 'self-compassion',
      intensity: 'medium',
      tags: ['inner-critic'],
      text: {
        en: 'Your critical voice may be trying, clumsily, to protect you. What is it afraid would happen if it went quiet?',
        fr: 'Votre voix critique cherche peut-être, maladroitement, à vous protéger. Que craint-elle qu’il arrive si elle se taisait\u00a0?',
      },
    },
    {
      id: 'compassion-words-needed',
      framework: 'self-compassion',
      intensity: 'medium',
      tags: ['kindness'],
      text: {
        en: 'What words do you need to hear right now? Write them as if someone who truly cared about you were saying them.',
        fr: 'De quels mots auriez-vous besoin en ce moment\u00a0? Écrivez-les comme si une personne qui tient vraiment à vous les prononçait.',
      },
    },
    {
      id: 'compassion-kind-act',
      framework: 'self-compassion',
      intensity: 'light',
      tags: ['kindness'],
      text: {
        en: 'What is one small, kind thing you could do for yourself in the next hour?',
        fr: 'Quel petit geste bienveillant pourriez-vous faire pour vous-même dans l’heure qui vient\u00a0?',
      },
    },
    {
      id: 'compassion-recent-mistake',
      framework: 'self-compassion',
      intensity: 'medium',
      text: {
        en: 'Think of a recent mistake. Describe what happened without adding a judgement. What makes it understandable, given the circumstances?',
        fr: 'Pensez à une erreur récente. Décrivez ce qui s’est passé sans y ajouter de jugement. Qu’est-ce qui la rend compréhensible, vu les circonstances\u00a0?',
      },
      followUp: {
        en: 'Is there something to repair or learn? What would be a fair next step, neither harsh nor dismissive?',
        fr: 'Y a-t-il quelque chose à réparer ou à apprendre\u00a0? Quelle serait une suite juste, ni sévère ni désinvolte\u00a0?',
      },
    },
    {
      id: 'compassion-soothing-gesture',
      framework: 'self-compassion',
      intensity: 'light',
      tags: ['body'],
      text: {
        en: 'Try a soothing gesture: a hand on your heart, your arms around yourself, a hand on your cheek. What happens inside you?',
        fr: 'Essayez un geste apaisant\u00a0: une main sur le cœur, les bras autour de vous, une main sur la joue. Que se passe-t-il en vous\u00a0?',
      },
    },
    {
      id: 'compassion-younger-self',
      framework: 'self-compassion',
      intensity: 'deep',
      tags: ['history'],
      text: {
        en: 'Think of yourself at a younger age, during a hard time. What did that younger you need to hear? Write it to them now.',
        fr: 'Pensez à vous plus jeune, à une période difficile. Qu’aviez-vous besoin d’entendre à ce moment-là\u00a0? Écrivez-le maintenant à cette version plus jeune de vous.',
      },
    },
    {
      id: 'compassion-fairer-standard',
      framework: 'self-compassion',
      intensity: 'medium',
      tags: ['perfectionism'],
      text: {
        en: 'Where are you asking more of yourself than you would ask of anyone else? What would a fairer standard look like?',
        fr: 'Dans quel domaine vous demandez-vous plus que vous ne le demanderiez à quiconque\u00a0? À quoi ressemblerait une exigence plus juste\u00a0?',
      },
    },
    {
      id: 'compassion-thank-the-body',
      framework: 'self-compassion',
      intensity: 'medium',
      tags: ['body'],
      text: {
        en: 'Your body did a lot today. What could you thank it for, even if your relationship with it is complicated?',
        fr: 'Votre corps a fait beaucoup aujourd’hui. Pour quoi pourriez-vous le remercier, même si votre relation avec lui est compliquée\u00a0?',
      },
    },
    {
      id: 'compassion-rest-permission',
      framework: 'self-compassion',
      intensity: 'light',
      tags: ['rest'],
      text: {
        en: 'What would it take to give yourself permission to rest, without having to earn it first?',
        fr: 'Que faudrait-il pour vous autoriser à vous reposer, sans devoir d’abord le mériter\u00a0?',
      },
    },
    {
      id: 'compassion-naming-the-moment',
      framework: 'mindfulness',
      intensity: 'light',
      tags: ['mindfulness'],
      text: {
        en: 'Can you name what you are going through in a short, gentle sentence, such as “this is a hard moment”? Write your own version.',
        fr: 'Pouvez-vous nommer ce que vous traversez en une phrase courte et douce, comme «\u00a0c’est un moment difficile\u00a0»\u00a0? Écrivez votre propre version.',
      },
    },
    {
      id: 'compassion-comparison',
      framework: 'self-compassion',
      intensity: 'medium',
      tags: ['common-humanity'],
      text: {
        en: 'Who have you been comparing yourself with lately? What do you know, and not know, about their life?',
        fr: 'Avec qui vous comparez-vous ces derniers temps\u00a0? Que savez-vous, et qu’ignorez-vous, de la vie de cette personne\u00a0?',
      },
    },
    {
      id: 'compassion-firm-kindness',
      framework: 'self-compassion',
      intensity: 'medium',
      tags: ['boundaries'],
      text: {
        en: 'Self-compassion can also be firm. Where do you need to protect yourself, say no, or ask for something?',
        fr: 'La bienveillance envers soi peut aussi être ferme. Où avez-vous besoin de vous protéger, de dire non ou de demander quelque chose\u00a0?',
      },
    },
    {
      id: 'compassion-shared-struggle',
      framework: 'self-compassion',
      intensity: 'light',
      tags: ['common-humanity'],
      text: {
        en: 'Think of a difficulty you believed was yours alone, until you learned that others shared it. What changed when you found out?',
        fr: 'Pensez à une difficulté dont vous pensiez qu’elle n’appartenait qu’à vous, avant d’apprendre que d’autres la partageaient. Qu’est-ce que cela a changé\u00a0?',
      },
    },
    {
      id: 'compassion-self-forgiveness',
      framework: 'self-compassion',
      intensity: 'deep',
      text: {
        en: 'Is there something you still find hard to forgive yourself for? What would it take to hold it with a little more kindness, without pretending it didn’t matter?',
        fr: 'Y a-t-il quelque chose pour lequel vous avez encore du mal à vous pardonner\u00a0? Que faudrait-il pour le porter avec un peu plus de douceur, sans prétendre que cela n’avait pas d’importance\u00a0?',
      },
    },
    {
      id: 'compassion-what-you-managed',
      framework: 'self-compassion',
      intensity: 'light',
      timeOfDay: 'evening',
      text: {
        en: 'Despite everything, what did you manage today? List even the smallest things.',
        fr: 'Malgré tout, qu’avez-vous réussi à faire aujourd’hui\u00a0? Notez même les plus petites choses.',
      },
    },
    {
      id: 'compassion-who-cares-for-you',
      framework: 'self-compassion',
      intensity: 'medium',
      tags: ['relationships'],
      text: {
        en: 'Who do you take care of? Who, or what, takes care of you? Does the balance feel fair?',
        fr: 'De qui prenez-vous soin\u00a0? Qui, ou quoi, prend soin de vous\u00a0? L’équilibre vous semble-t-il juste\u00a0?',
      },
    },
    {
      id: 'compassion-short-pause',
      framework: 'self-compassion',
      intensity: 'light',
      tags: ['mindfulness', 'common-humanity', 'kindness'],
      text: {
        en: 'Take a short pause: notice one hard feeling, remind yourself that others feel it too, and offer yourself one kind sentence. What was that like?',
        fr: 'Faites une courte pause\u00a0: remarquez une émotion difficile, rappelez-vous que d’autres la ressentent aussi, et offrez-vous une phrase bienveillante. Comment était-ce\u00a0?',
      },
    },
    {
      id: 'compassion-as-for-a-loved-one',
      framework: 'self-compassion',
      intensity: 'light',
      text: {
        en: 'If you treated yourself today the way you treat someone you love, what would you do differently?',
        fr: 'Si vous vous traitiez aujourd’hui comme vous traitez une personne que vous aimez, que feriez-vous autrement\u00a0?',
      },
    },
    {
      id: 'compassion-resistance',
      framework: 'self-compassion',
      intensity: 'medium',
      text: {
        en: 'Does kindness towards yourself feel easy, awkward, undeserved, or something else? Where might that come from?',
        fr: 'La bienveillance envers vous-même vous semble-t-elle facile, étrange, imméritée, ou autre chose\u00a0? D’où cela pourrait-il venir\u00a0?',
      },
    },
    {
      id: 'compassion-body-part-neutral',
      framework: 'self-compassion',
      intensity: 'deep',
      tags: ['body', 'body-image'],
      text: {
        en: 'Write about a part of your body you often criticise. What has it allowed you to do or feel? Can you describe it neutrally, without praise or blame?',
        fr: 'Écrivez au sujet d’une partie de votre corps que vous critiquez souvent. Que vous a-t-elle permis de faire ou de ressentir\u00a0? Pouvez-vous la décrire de façon neutre, sans éloge ni reproche\u00a0?',
      },
    },
    {
      id: 'compassion-after-setback',
      framework: 'self-compassion',
      intensity: 'medium',
      tags: ['inner-critic'],
      text: {
        en: 'When things don’t go as planned, what do you usually tell yourself? What could you tell yourself next time instead?',
        fr: 'Quand les choses ne se passent pas comme prévu, que vous dites-vous d’habitude\u00a0? Que pourriez-vous vous dire la prochaine fois, à la place\u00a0?',
      },
    },
    {
      id: 'compassion-carried-loss',
      framework: 'self-compassion',
      intensity: 'deep',
      tags: ['grief'],
      text: {
        en: 'Is there a loss you are still carrying: a person, a place, a plan, a version of your life? What would you like to say to it?',
        fr: 'Portez-vous encore une perte\u00a0: une personne, un lieu, un projet, une version de votre vie\u00a0? Qu’aimeriez-vous lui dire\u00a0?',
      },
    },
  ],
};
