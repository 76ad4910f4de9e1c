import { type PromptPack } from './schema';

// Values and direction, from acceptance and commitment therapy (ACT): life areas, importance versus how
// they are lived, small committed actions, and the barriers met on the way (defusion, willingness).
// A value is a direction, not a goal that can be ticked off.

/** Prompts for clarifying what matters and taking small steps towards it. */
export const VALUES_AND_DIRECTION_PACK: PromptPack = {
  id: 'values-and-direction',
  version: 1,
  schemaVersion: 1,
  name: { en: 'Values and direction', fr: 'Valeurs et direction' },
  description: {
    en: 'Clarify what matters to you in different areas of life, notice the gap between what matters and what you live, and choose one small step at a time, obstacles included.',
    fr: 'Clarifier ce qui compte pour vous dans différents domaines de la vie, remarquer l’écart entre ce qui compte et ce que vous vivez, et choisir un petit pas à la fois, obstacles compris.',
  },
  framework: 'act-values',
  sensitive: false,
  prompts: [
    {
      id: 'values-life-areas',
      framework: 'act-values',
      intensity: 'light',
      tags: ['life-areas'],
      text: {
        en: 'Think of a few life areas: relationships, work or study, health, play, community, growth, spirituality. Which matters most to you at the moment, and why?',
        fr: 'Pensez à quelques domaines de vie\u00a0: relations, travail ou études, santé, loisirs, engagement collectif, développement personnel, spiritualité. Lequel compte le plus pour vous en ce moment, et pourquoi\u00a0?',
      },
    },
    {
      id: 'values-importance-and-lived',
      framework: 'act-values',
      intensity: 'medium',
      tags: ['life-areas'],
      text: {
        en: 'Choose one life area. How important is it to you, from 0 to 10? How closely did your actions this week match it, from 0 to 10? What do you notice about the gap?',
        fr: 'Choisissez un domaine de vie. Quelle importance a-t-il pour vous, de 0 à 10\u00a0? À quel point vos actes de la semaine y ont-ils correspondu, de 0 à 10\u00a0? Que remarquez-vous dans l’écart\u00a0?',
      },
    },
    {
      id: 'values-qualities-as-verbs',
      framework: 'act-values',
      intensity: 'light',
      tags: ['relationships'],
      text: {
        en: 'What kind of person do you want to be in your relationships? Name three qualities, as verbs if you can: to listen, to encourage, to be honest…',
        fr: 'Quelle personne voulez-vous être dans vos relations\u00a0? Nommez trois qualités, si possible sous forme de verbes\u00a0: écouter, encourager, être honnête…',
      },
    },
    {
      id: 'values-direction-behind-goal',
      framework: 'act-values',
      intensity: 'light',
      text: {
        en: 'A goal can be reached; a value is a direction you keep walking in. What direction lies behind one of your current goals?',
        fr: 'Un objectif peut être atteint\u00a0; une valeur est une direction que l’on continue de suivre. Quelle direction se cache derrière l’un de vos objectifs actuels\u00a0?',
      },
    },
    {
      id: 'values-small-step',
      framework: 'act-values',
      intensity: 'light',
      tags: ['committed-action'],
      text: {
        en: 'What is one small step you could take this week towards something that matters to you? Make it concrete: what, when, where.',
        fr: 'Quel petit pas pourriez-vous faire cette semaine vers quelque chose qui compte pour vous\u00a0? Rendez-le concret\u00a0: quoi, quand, où.',
      },
      followUp: {
        en: 'On a scale from 0 to 10, how likely are you to do it? If it’s below 7, how could you make the step smaller?',
        fr: 'Sur une échelle de 0 à 10, quelle est la probabilité que vous le fassiez\u00a0? Si elle est inférieure à 7, comment rendre ce pas plus petit\u00a0?',
      },
    },
    {
      id: 'values-barriers',
      framework: 'act-values',
      intensity: 'medium',
      tags: ['committed-action', 'barriers'],
      text: {
        en: 'What usually gets in the way of acting on your values: fear, tiredness, habits, other people’s expectations? What would it be like to act anyway, with that barrier present?',
        fr: 'Qu’est-ce qui vous empêche d’habitude d’agir selon vos valeurs\u00a0: la peur, la fatigue, les habitudes, les attentes des autres\u00a0? Que se passerait-il si vous agissiez malgré tout, avec cet obstacle présent\u00a0?',
      },
    },
    {
      id: 'values-someone-admired',
      framework: 'act-values',
      intensity: 'light',
      text: {
        en: 'Think of someone you admire. Which of their qualities would you like to grow in yourself?',
        fr: 'Pensez à une personne que vous admirez. Laquelle de ses qualités aimeriez-vous développer en vous\u00a0?',
      },
    },
    {
      id: 'values-celebration-speech',
      framework: 'act-values',
      intensity: 'medium',
      text: {
        en: 'Imagine a celebration in your honour many years from now. What would you like the people who know you well to say about the way you lived?',
        fr: 'Imaginez une fête en votre honneur, dans de nombreuses années. Que voudriez-vous que les personnes qui vous connaissent bien disent de votre manière de vivre\u00a0?',
      },
    },
    {
      id: 'values-having-the-thought',
      framework: 'act-values',
      intensity: 'medium',
      tags: ['defusion', 'thoughts'],
      text: {
        en: 'Write down a thought that often holds you back, then rewrite it starting with “I’m having the thought that…”. What changes?',
        fr: 'Notez une pensée qui vous freine souvent, puis réécrivez-la en commençant par «\u00a0J’ai la pensée que…\u00a0». Qu’est-ce que cela change\u00a0?',
      },
    },
    {
      id: 'values-willingness',
      framework: 'act-values',
      intensity: 'deep',
      tags: ['willingness'],
      text: {
        en: 'Which difficult feeling would you be willing to make room for, if it meant doing something that really matters to you?',
        fr: 'Quelle émotion difficile accepteriez-vous d’accueillir, si cela vous permettait de faire quelque chose qui compte vraiment pour vous\u00a0?',
      },
    },
    {
      id: 'values-work-meaning',
      framework: 'act-values',
      intensity: 'light',
      tags: ['life-areas', 'work'],
      text: {
        en: 'What would you like your work, your studies or your daily tasks to be about, beyond what they pay or require?',
        fr: 'Que voudriez-vous que votre travail, vos études ou vos tâches quotidiennes représentent, au-delà de ce qu’ils rapportent ou exigent\u00a0?',
      },
    },
    {
      id: 'values-health-care',
      framework: 'act-values',
      intensity: 'light',
      tags: ['life-areas', 'body'],
      text: {
        en: 'How would you like to treat your body and your health, not out of duty but out of care for yourself?',
        fr: 'Comment aimeriez-vous traiter votre corps et votre santé, non par devoir mais par attention envers vous-même\u00a0?',
      },
    },
    {
      id: 'values-play',
      framework: 'act-values',
      intensity: 'light',
      tags: ['life-areas', 'play'],
      text: {
        en: 'When did you last play, create or do something just for the joy of it? What would bring more of that into your life?',
        fr: 'Quand avez-vous joué, créé ou fait quelque chose pour le simple plaisir, pour la dernière fois\u00a0? Qu’est-ce qui en ferait entrer davantage dans votre vie\u00a0?',
      },
    },
    {
      id: 'values-contribution',
      framework: 'act-values',
      intensity: 'light',
      tags: ['life-areas', 'community'],
      text: {
        en: 'What contribution to others, to your neighbourhood, a cause or a community, would feel meaningful to you?',
        fr: 'Quelle contribution aux autres, à votre quartier, à une cause ou à une communauté, aurait du sens pour vous\u00a0?',
      },
    },
    {
      id: 'values-in-tension',
      framework: 'act-values',
      intensity: 'medium',
      text: {
        en: 'Are two of your values pulling in different directions right now, such as rest and ambition, or honesty and tact? How might you honour both?',
        fr: 'Deux de vos valeurs tirent-elles dans des directions différentes en ce moment, comme le repos et l’ambition, ou la franchise et la délicatesse\u00a0? Comment pourriez-vous respecter les deux\u00a0?',
      },
    },
    {
      id: 'values-shoulds',
      framework: 'act-values',
      intensity: 'medium',
      text: {
        en: 'List a few things you feel you “should” do. Which of them truly connect to something you care about, and which come from someone else’s rules?',
        fr: 'Listez quelques choses que vous «\u00a0devriez\u00a0» faire. Lesquelles sont vraiment liées à ce qui compte pour vous, et lesquelles viennent des règles de quelqu’un d’autre\u00a0?',
      },
    },
    {
      id: 'values-step-review',
      framework: 'act-values',
      intensity: 'light',
      tags: ['committed-action', 'weekly'],
      text: {
        en: 'Think back to a step you planned recently. Did it happen? Whatever the answer, what did you learn from it?',
        fr: 'Repensez à un pas que vous aviez prévu récemment. A-t-il eu lieu\u00a0? Quelle que soit la réponse, qu’en avez-vous appris\u00a0?',
      },
    },
    {
      id: 'values-here-and-now',
      framework: 'mindfulness',
      intensity: 'light',
      tags: ['present-moment'],
      text: {
        en: 'For one minute, notice what you can see, hear and feel right now. Then ask yourself: what matters to me in this very moment?',
        fr: 'Pendant une minute, remarquez ce que vous voyez, entendez et ressentez en ce moment. Puis demandez-vous\u00a0: qu’est-ce qui compte pour moi, là, maintenant\u00a0?',
      },
    },
    {
      id: 'values-observing-self',
      framework: 'act-values',
      intensity: 'medium',
      tags: ['defusion'],
      text: {
        en: 'Thoughts and feelings come and go; a part of you notices them. What is it like to write from that observing place?',
        fr: 'Les pensées et les émotions vont et viennent\u00a0; une part de vous les observe. Qu’est-ce que cela fait d’écrire depuis ce point d’observation\u00a0?',
      },
    },
    {
      id: 'values-cost-of-avoidance',
      framework: 'act-values',
      intensity: 'medium',
      tags: ['avoidance'],
      text: {
        en: 'What have you been avoiding to stay comfortable? What has the avoidance cost you, and what has it protected?',
        fr: 'Qu’avez-vous évité pour rester dans votre zone de confort\u00a0? Qu’est-ce que cet évitement vous a coûté, et qu’a-t-il protégé\u00a0?',
      },
    },
    {
      id: 'values-one-relationship',
      framework: 'act-values',
      intensity: 'light',
      tags: ['relationships', 'committed-action'],
      text: {
        en: 'Choose one relationship that matters to you. What could you do this week that shows how you want to be in it?',
        fr: 'Choisissez une relation qui compte pour vous. Que pourriez-vous faire cette semaine qui montre comment vous voulez être dans cette relation\u00a0?',
      },
    },
    {
      id: 'values-earlier-passions',
      framework: 'act-values',
      intensity: 'medium',
      tags: ['history'],
      text: {
        en: 'What did you care about deeply at an earlier time in your life? Is any of it still alive in you?',
        fr: 'Qu’est-ce qui vous tenait à cœur à une autre époque de votre vie\u00a0? Est-ce que quelque chose en est encore vivant en vous\u00a0?',
      },
    },
    {
      id: 'values-rest-as-value',
      framework: 'act-values',
      intensity: 'light',
      tags: ['rest'],
      text: {
        en: 'Is rest one of your values, or something you allow only once everything else is done? What would valuing it look like?',
        fr: 'Le repos fait-il partie de vos valeurs, ou ne l’accordez-vous qu’une fois tout le reste fait\u00a0? À quoi ressemblerait le fait de lui donner de la valeur\u00a0?',
      },
    },
    {
      id: 'values-year-ahead',
      framework: 'act-values',
      intensity: 'medium',
      text: {
        en: 'If the coming year went in a direction you’d be glad of, what would you be doing more of, and less of?',
        fr: 'Si l’année à venir prenait une direction qui vous réjouirait, que feriez-vous davantage, et que feriez-vous moins\u00a0?',
      },
    },
    {
      id: 'values-morning-compass',
      framework: 'act-values',
      intensity: 'light',
      timeOfDay: 'morning',
      tags: ['intention'],
      text: {
        en: 'Which value would you like to carry with you today? How might it show in one ordinary moment?',
        fr: 'Quelle valeur aimeriez-vous emporter avec vous aujourd’hui\u00a0? Comment pourrait-elle se montrer dans un moment ordinaire\u00a0?',
      },
    },
    {
      id: 'values-evening-traces',
      framework: 'act-values',
      intensity: 'light',
      timeOfDay: 'evening',
      text: {
        en: 'Where did you see your values at work today, even briefly?',
        fr: 'Où avez-vous vu vos valeurs à l’œuvre aujourd’hui, même brièvement\u00a0?',
      },
    },
    {
      id: 'values-pain-points-to-care',
      framework: 'act-values',
      intensity: 'deep',
      text: {
        en: 'Our pain often sits close to what we care about. What does a current pain tell you about what matters to you?',
        fr: 'Nos douleurs se trouvent souvent près de ce qui nous tient à cœur. Que vous dit une douleur actuelle de ce qui compte pour vous\u00a0?',
      },
    },
  ],
};
