import { type PromptPack } from './schema';

// Gratitude and savouring (positive psychology): three good things and why they happened, slowing down on
// pleasant moments, thanking others. Research suggests a weekly practice keeps its effect better than a
// daily one that turns into a chore, which the description says. Gratitude never cancels difficulty.

/** Prompts for noticing, savouring and sharing what is good. */
export const GRATITUDE_PACK: PromptPack = {
  id: 'gratitude',
  version: 1,
  schemaVersion: 1,
  name: { en: 'Gratitude and savouring', fr: 'Gratitude et petits bonheurs' },
  description: {
    en: 'Three good things and why they happened, moments worth savouring, people worth thanking. Once or twice a week tends to work better than every day: it stays fresh instead of becoming a chore.',
    fr: 'Trois bonnes choses et ce qui les a rendues possibles, des moments à savourer, des personnes à remercier. Une ou deux fois par semaine fonctionne souvent mieux que chaque jour\u00a0: la pratique reste vivante au lieu de devenir une corvée.',
  },
  framework: 'positive-psychology',
  sensitive: false,
  prompts: [
    {
      id: 'gratitude-three-good-things',
      framework: 'positive-psychology',
      intensity: 'light',
      timeOfDay: 'evening',
      tags: ['three-good-things'],
      text: {
        en: 'Write down three things that went well recently, big or small. For each, add why it happened, or what your part in it was.',
        fr: 'Notez trois choses qui se sont bien passées récemment, grandes ou petites. Pour chacune, ajoutez pourquoi elle s’est produite, ou quelle a été votre part.',
      },
    },
    {
      id: 'gratitude-someone-this-week',
      framework: 'positive-psychology',
      intensity: 'light',
      tags: ['people', 'weekly'],
      text: {
        en: 'Who made a difference for you this week, even briefly? What exactly did they do?',
        fr: 'Qui a fait une différence pour vous cette semaine, même brièvement\u00a0? Qu’a fait cette personne, précisément\u00a0?',
      },
    },
    {
      id: 'gratitude-unsent-letter',
      framework: 'positive-psychology',
      intensity: 'medium',
      tags: ['people'],
      text: {
        en: 'Write a letter of thanks to someone you never properly thanked. You can decide later whether to send it, or not at all.',
        fr: 'Écrivez une lettre pour remercier une personne à qui vous n’avez jamais vraiment dit merci. Vous déciderez plus tard de l’envoyer ou non.',
      },
    },
    {
      id: 'gratitude-savour-replay',
      framework: 'positive-psychology',
      intensity: 'light',
      timeOfDay: 'evening',
      tags: ['savouring'],
      text: {
        en: 'Choose one pleasant moment from today and replay it slowly: what you saw, heard, felt. Stay with it a little longer than usual.',
        fr: 'Choisissez un moment agréable de la journée et revivez-le lentement\u00a0: ce que vous avez vu, entendu, ressenti. Restez-y un peu plus longtemps que d’habitude.',
      },
    },
    {
      id: 'gratitude-ordinary-thing',
      framework: 'positive-psychology',
      intensity: 'light',
      text: {
        en: 'What ordinary thing would you miss if it disappeared tomorrow?',
        fr: 'Quelle chose ordinaire vous manquerait si elle disparaissait demain\u00a0?',
      },
    },
    {
      id: 'gratitude-body-allows',
      framework: 'positive-psychology',
      intensity: 'light',
      tags: ['body'],
      text: {
        en: 'What does your body allow you to do or feel today that does you good, however small?',
        fr: 'Qu’est-ce que votre corps vous permet de faire ou de ressentir aujourd’hui, et qui vous fait du bien, même un peu\u00a0?',
      },
    },
    {
      id: 'gratitude-from-a-hard-time',
      framework: 'positive-psychology',
      intensity: 'deep',
      text: {
        en: 'Think of a difficult period. Did it give you anything, a strength, a bond, a clearer sense of what matters, without that making the difficulty worth it?',
        fr: 'Pensez à une période difficile. Vous a-t-elle apporté quelque chose, une force, un lien, une idée plus claire de ce qui compte, sans que cela justifie la difficulté\u00a0?',
      },
    },
    {
      id: 'gratitude-your-part',
      framework: 'positive-psychology',
      intensity: 'light',
      tags: ['three-good-things'],
      text: {
        en: 'Pick something good that happened. What did you do to make it possible, or simply to notice it?',
        fr: 'Choisissez une bonne chose qui est arrivée. Qu’avez-vous fait pour la rendre possible, ou simplement pour la remarquer\u00a0?',
      },
    },
    {
      id: 'gratitude-looking-forward',
      framework: 'positive-psychology',
      intensity: 'light',
      timeOfDay: 'morning',
      tags: ['savouring'],
      text: {
        en: 'What are you looking forward to, today or this week? Imagine it in some detail.',
        fr: 'Qu’attendez-vous avec plaisir, aujourd’hui ou cette semaine\u00a0? Imaginez-le avec quelques détails.',
      },
    },
    {
      id: 'gratitude-nature',
      framework: 'positive-psychology',
      intensity: 'light',
      tags: ['savouring'],
      text: {
        en: 'When did you last notice something beautiful in nature: the sky, a tree, an animal, the weather? Describe it.',
        fr: 'Quand avez-vous remarqué pour la dernière fois quelque chose de beau dans la nature\u00a0: le ciel, un arbre, un animal, la météo\u00a0? Décrivez-le.',
      },
    },
    {
      id: 'gratitude-stranger-kindness',
      framework: 'positive-psychology',
      intensity: 'light',
      tags: ['people'],
      text: {
        en: 'Has a stranger, or near-stranger, been kind to you recently? What did it change in your day?',
        fr: 'Une personne inconnue, ou presque, a-t-elle eu un geste aimable envers vous récemment\u00a0? Qu’est-ce que cela a changé dans votre journée\u00a0?',
      },
    },
    {
      id: 'gratitude-past-self',
      framework: 'positive-psychology',
      intensity: 'light',
      text: {
        en: 'What did a past version of you do that you benefit from today?',
        fr: 'Qu’a fait la personne que vous étiez autrefois, et dont vous profitez aujourd’hui\u00a0?',
      },
    },
    {
      id: 'gratitude-own-strengths',
      framework: 'positive-psychology',
      intensity: 'medium',
      tags: ['strengths'],
      text: {
        en: 'Which of your skills or qualities served you this week? How?',
        fr: 'Laquelle de vos compétences ou de vos qualités vous a été utile cette semaine\u00a0? De quelle manière\u00a0?',
      },
    },
    {
      id: 'gratitude-place',
      framework: 'positive-psychology',
      intensity: 'light',
      text: {
        en: 'Which place gives you a sense of home or of ease? What is it about that place?',
        fr: 'Quel lieu vous donne un sentiment de chez-soi ou d’aisance\u00a0? Qu’a-t-il de particulier\u00a0?',
      },
    },
    {
      id: 'gratitude-five-senses',
      framework: 'mindfulness',
      intensity: 'light',
      tags: ['savouring'],
      text: {
        en: 'Name five small pleasures of the senses from the past few days: something you tasted, heard, touched, smelled, saw.',
        fr: 'Nommez cinq petits plaisirs des sens de ces derniers jours\u00a0: un goût, un son, un contact, une odeur, une image.',
      },
    },
    {
      id: 'gratitude-week-moments',
      framework: 'positive-psychology',
      intensity: 'light',
      tags: ['weekly'],
      text: {
        en: 'Looking back over the week, which three moments do you want to remember? Why these ones?',
        fr: 'En repensant à la semaine, quels sont trois moments dont vous voulez vous souvenir\u00a0? Pourquoi ceux-là\u00a0?',
      },
    },
    {
      id: 'gratitude-share-good',
      framework: 'positive-psychology',
      intensity: 'light',
      tags: ['people'],
      text: {
        en: 'Is there a good thing you could share with someone: a thank-you, a memory, good news? Who would you tell?',
        fr: 'Y a-t-il une bonne chose que vous pourriez partager avec quelqu’un\u00a0: un merci, un souvenir, une bonne nouvelle\u00a0? À qui le diriez-vous\u00a0?',
      },
    },
    {
      id: 'gratitude-quiet-support',
      framework: 'positive-psychology',
      intensity: 'light',
      text: {
        en: 'What supports you every day that you tend to forget about?',
        fr: 'Qu’est-ce qui vous soutient au quotidien et que vous avez tendance à oublier\u00a0?',
      },
    },
    {
      id: 'gratitude-learned',
      framework: 'positive-psychology',
      intensity: 'light',
      text: {
        en: 'What have you learned recently that delights you or is useful to you?',
        fr: 'Qu’avez-vous appris récemment qui vous réjouit ou vous sert\u00a0?',
      },
    },
    {
      id: 'gratitude-both-true',
      framework: 'positive-psychology',
      intensity: 'medium',
      text: {
        en: 'Gratitude doesn’t cancel difficulty. Write one thing that is hard right now and, beside it, one thing that is still good.',
        fr: 'La gratitude n’efface pas les difficultés. Notez une chose difficile en ce moment et, à côté, une chose qui reste bonne.',
      },
    },
    {
      id: 'gratitude-ten-years-on',
      framework: 'positive-psychology',
      intensity: 'medium',
      text: {
        en: 'Imagine looking back on this period in ten years. What might you be glad to have noticed or done?',
        fr: 'Imaginez que vous repensez à cette période dans dix ans. Qu’aurez-vous plaisir à avoir remarqué ou accompli\u00a0?',
      },
    },
    {
      id: 'gratitude-laughter',
      framework: 'positive-psychology',
      intensity: 'light',
      tags: ['savouring'],
      text: {
        en: 'What made you smile or laugh recently? Describe it so you can smile again when you read it later.',
        fr: 'Qu’est-ce qui vous a fait sourire ou rire récemment\u00a0? Décrivez-le pour pouvoir en sourire de nouveau en le relisant.',
      },
    },
    {
      id: 'gratitude-people-to-count-on',
      framework: 'positive-psychology',
      intensity: 'medium',
      tags: ['people'],
      text: {
        en: 'Who could you count on if things got difficult? Write their names, and one thing each of them has given you.',
        fr: 'Sur qui pourriez-vous compter si les choses devenaient difficiles\u00a0? Notez ces noms, et une chose que chaque personne vous a apportée.',
      },
    },
    {
      id: 'gratitude-self-appreciation',
      framework: 'positive-psychology',
      intensity: 'medium',
      tags: ['strengths', 'weekly'],
      text: {
        en: 'What do you appreciate about yourself this week? It may feel awkward: write it anyway.',
        fr: 'Qu’appréciez-vous chez vous cette semaine\u00a0? Même si c’est inconfortable, écrivez-le quand même.',
      },
    },
    {
      id: 'gratitude-everyday-object',
      framework: 'positive-psychology',
      intensity: 'light',
      text: {
        en: 'Pick an object you use every day. Who made it possible, and what does it make easier for you?',
        fr: 'Choisissez un objet que vous utilisez chaque jour. Grâce à qui existe-t-il, et que vous facilite-t-il\u00a0?',
      },
    },
    {
      id: 'gratitude-right-here',
      framework: 'mindfulness',
      intensity: 'light',
      tags: ['savouring'],
      text: {
        en: 'Right now, what is one thing around you that is pleasant or comfortable? Stay with it for three breaths.',
        fr: 'En ce moment, qu’y a-t-il autour de vous d’agréable ou de confortable\u00a0? Restez avec cette chose le temps de trois respirations.',
      },
    },
  ],
};
