import { type PromptPack } from './schema';

// Daily reflection: short, open prompts for mornings and evenings, with a few CBT and mindfulness ones
// mixed in. Most are light, so the pack works as a daily default; a few go further for harder days.

/** Everyday prompts for a few minutes of writing, morning or evening. */
export const DAILY_REFLECTION_PACK: PromptPack = {
  id: 'daily-reflection',
  version: 1,
  schemaVersion: 1,
  name: { en: 'Daily reflection', fr: 'Réflexion du jour' },
  description: {
    en: 'A few minutes to look at your day: what happened, what you felt, what you needed, and what you want to carry into tomorrow. Skip any prompt that doesn’t fit.',
    fr: 'Quelques minutes pour regarder votre journée\u00a0: ce qui s’est passé, ce que vous avez ressenti, ce dont vous aviez besoin, et ce que vous voulez emporter vers demain. Passez toute question qui ne vous parle pas.',
  },
  framework: 'reflective-journaling',
  sensitive: false,
  prompts: [
    {
      id: 'daily-one-word',
      framework: 'reflective-journaling',
      intensity: 'light',
      timeOfDay: 'evening',
      tags: ['check-in'],
      text: {
        en: 'If today had a title, or just a single word, what would it be? Write it down, then a few lines about why you chose it.',
        fr: 'Si cette journée avait un titre, ou un seul mot, lequel serait-ce\u00a0? Notez-le, puis quelques lignes sur ce qui vous le fait choisir.',
      },
    },
    {
      id: 'daily-morning-intention',
      framework: 'reflective-journaling',
      intensity: 'light',
      timeOfDay: 'morning',
      tags: ['intention'],
      text: {
        en: 'What would make today feel reasonably good, even if not perfect? Name one small thing within your reach.',
        fr: 'Qu’est-ce qui rendrait cette journée plutôt bonne, même sans qu’elle soit parfaite\u00a0? Nommez une petite chose à votre portée.',
      },
      followUp: {
        en: 'What might get in the way, and what could you do if it does?',
        fr: 'Qu’est-ce qui pourrait s’y opposer, et que pourriez-vous faire dans ce cas\u00a0?',
      },
    },
    {
      id: 'daily-morning-body-check',
      framework: 'mindfulness',
      intensity: 'light',
      timeOfDay: 'morning',
      tags: ['body', 'sleep'],
      text: {
        en: 'Before the day starts: how was the night, and what do you notice in your body right now? Nothing to fix, just notice.',
        fr: 'Avant que la journée commence\u00a0: comment s’est passée la nuit, et que remarquez-vous dans votre corps en ce moment\u00a0? Rien à corriger, simplement remarquer.',
      },
    },
    {
      id: 'daily-one-moment',
      framework: 'reflective-journaling',
      intensity: 'light',
      timeOfDay: 'evening',
      text: {
        en: 'Describe one moment from today in detail: where you were, who was there, what you noticed. Ordinary moments count.',
        fr: 'Décrivez un moment de la journée en détail\u00a0: le lieu, les personnes présentes, ce que vous avez remarqué. Les moments ordinaires comptent aussi.',
      },
    },
    {
      id: 'daily-energy-map',
      framework: 'reflective-journaling',
      intensity: 'light',
      timeOfDay: 'evening',
      tags: ['energy'],
      text: {
        en: 'When did you have the most energy today, and when the least? What was going on at those times?',
        fr: 'À quel moment de la journée aviez-vous le plus d’énergie, et le moins\u00a0? Que se passait-il alors\u00a0?',
      },
    },
    {
      id: 'daily-surprise',
      framework: 'reflective-journaling',
      intensity: 'light',
      timeOfDay: 'evening',
      text: {
        en: 'What surprised you today, even slightly? What did it show you that you had not expected?',
        fr: 'Quelle surprise, même minime, cette journée vous a-t-elle réservée\u00a0? Qu’est-ce qu’elle vous a montré d’inattendu\u00a0?',
      },
    },
    {
      id: 'daily-what-weighed',
      framework: 'reflective-journaling',
      intensity: 'medium',
      timeOfDay: 'evening',
      tags: ['difficulty'],
      text: {
        en: 'What weighed on you today? Write it out as it is, without softening it.',
        fr: 'Qu’est-ce qui a pesé sur vous aujourd’hui\u00a0? Écrivez-le tel quel, sans l’adoucir.',
      },
      followUp: {
        en: 'Is this something you can act on, something to let be for now, or something to talk about with someone?',
        fr: 'Est-ce quelque chose sur quoi vous pouvez agir, quelque chose à laisser de côté pour l’instant, ou quelque chose dont parler avec quelqu’un\u00a0?',
      },
    },
    {
      id: 'daily-name-feelings',
      framework: 'emotion-focused',
      intensity: 'light',
      timeOfDay: 'evening',
      tags: ['emotions'],
      text: {
        en: 'Which feelings passed through your day? Try to name at least two, including any that seemed to contradict each other.',
        fr: 'Quelles émotions ont traversé votre journée\u00a0? Essayez d’en nommer au moins deux, y compris celles qui semblaient se contredire.',
      },
    },
    {
      id: 'daily-effort-credit',
      framework: 'self-compassion',
      intensity: 'light',
      timeOfDay: 'evening',
      text: {
        en: 'What did you do today that took some effort, however small? Take a moment to give yourself credit for it.',
        fr: 'Qu’avez-vous fait aujourd’hui qui vous a demandé un effort, même petit\u00a0? Prenez un instant pour le reconnaître.',
      },
    },
    {
      id: 'daily-lingering-conversation',
      framework: 'reflective-journaling',
      intensity: 'medium',
      timeOfDay: 'evening',
      tags: ['relationships'],
      text: {
        en: 'Which conversation from today is still on your mind? What was said, and what was left unsaid?',
        fr: 'Quelle conversation de la journée vous occupe encore l’esprit\u00a0? Qu’est-ce qui a été dit, et qu’est-ce qui ne l’a pas été\u00a0?',
      },
    },
    {
      id: 'daily-recurring-thought',
      framework: 'cbt',
      intensity: 'medium',
      timeOfDay: 'evening',
      tags: ['thoughts'],
      text: {
        en: 'Did a thought keep coming back today? Write it word for word. How much do you believe it right now, from 0 to 100%?',
        fr: 'Une pensée est-elle revenue souvent aujourd’hui\u00a0? Écrivez-la mot pour mot. À quel point y croyez-vous en ce moment, de 0 à 100\u00a0%\u00a0?',
      },
      followUp: {
        en: 'What would you say to someone you care about who had that same thought?',
        fr: 'Que diriez-vous à une personne qui vous est chère et qui aurait cette même pensée\u00a0?',
      },
    },
    {
      id: 'daily-needs-met',
      framework: 'emotion-focused',
      intensity: 'light',
      timeOfDay: 'evening',
      tags: ['needs'],
      text: {
        en: 'What did you need today, and did you get it? Rest, company, quiet, movement, recognition, something else?',
        fr: 'De quoi aviez-vous besoin aujourd’hui, et l’avez-vous obtenu\u00a0? Du repos, de la compagnie, du calme, du mouvement, de la reconnaissance, autre chose\u00a0?',
      },
    },
    {
      id: 'daily-replay',
      framework: 'reflective-journaling',
      intensity: 'medium',
      timeOfDay: 'evening',
      text: {
        en: 'If you could replay one moment of today, what would you keep the same, and what would you try differently?',
        fr: 'Si vous pouviez rejouer un moment de la journée, que garderiez-vous tel quel, et qu’essaieriez-vous autrement\u00a0?',
      },
    },
    {
      id: 'daily-kindness-noticed',
      framework: 'positive-psychology',
      intensity: 'light',
      timeOfDay: 'evening',
      text: {
        en: 'Did you notice any kindness today, given, received or simply witnessed? Describe it.',
        fr: 'Avez-vous remarqué un geste de bienveillance aujourd’hui, que vous l’ayez offert, reçu ou simplement observé\u00a0? Décrivez-le.',
      },
    },
    {
      id: 'daily-set-down',
      framework: 'mindfulness',
      intensity: 'light',
      timeOfDay: 'evening',
      tags: ['sleep'],
      text: {
        en: 'What can you set down for tonight, to pick up again tomorrow if it still matters?',
        fr: 'Que pouvez-vous poser pour ce soir, quitte à le reprendre demain si c’est encore important\u00a0?',
      },
    },
    {
      id: 'daily-body-signals',
      framework: 'mindfulness',
      intensity: 'light',
      tags: ['body'],
      text: {
        en: 'What did your body tell you today, through tiredness, tension, hunger, comfort or pain? Did you listen?',
        fr: 'Que vous a dit votre corps aujourd’hui, par la fatigue, la tension, la faim, le confort ou la douleur\u00a0? L’avez-vous écouté\u00a0?',
      },
    },
    {
      id: 'daily-alone-together',
      framework: 'reflective-journaling',
      intensity: 'light',
      timeOfDay: 'evening',
      tags: ['relationships'],
      text: {
        en: 'How much of today was spent on your own, and how much with other people? Did that balance suit you?',
        fr: 'Quelle part de la journée s’est passée en solitude, et quelle part avec d’autres personnes\u00a0? Cet équilibre vous convenait-il\u00a0?',
      },
    },
    {
      id: 'daily-avoided',
      framework: 'act-values',
      intensity: 'medium',
      tags: ['avoidance'],
      text: {
        en: 'Was there something you avoided today? What might you have been protecting yourself from?',
        fr: 'Y a-t-il quelque chose que vous avez évité aujourd’hui\u00a0? De quoi cherchiez-vous peut-être à vous protéger\u00a0?',
      },
    },
    {
      id: 'daily-week-pattern',
      framework: 'reflective-journaling',
      intensity: 'medium',
      tags: ['weekly'],
      text: {
        en: 'Looking back over the past week: what pattern do you notice in your days, your mood or your sleep?',
        fr: 'En repensant à la semaine écoulée\u00a0: quelle tendance remarquez-vous dans vos journées, votre humeur ou votre sommeil\u00a0?',
      },
    },
    {
      id: 'daily-small-pleasure',
      framework: 'positive-psychology',
      intensity: 'light',
      timeOfDay: 'evening',
      text: {
        en: 'What was the most pleasant small thing today: a taste, a sound, a light, a message?',
        fr: 'Quelle a été la petite chose la plus agréable de la journée\u00a0: un goût, un son, une lumière, un message\u00a0?',
      },
    },
    {
      id: 'daily-like-me',
      framework: 'act-values',
      intensity: 'medium',
      timeOfDay: 'evening',
      tags: ['values'],
      text: {
        en: 'When did you act today in a way that felt like you? And when did it feel a little less like you?',
        fr: 'À quel moment avez-vous agi aujourd’hui d’une manière qui vous ressemble\u00a0? Et à quel moment un peu moins\u00a0?',
      },
    },
    {
      id: 'daily-unfinished',
      framework: 'reflective-journaling',
      intensity: 'light',
      timeOfDay: 'evening',
      tags: ['sleep'],
      text: {
        en: 'What is still unfinished in your head tonight? List it, so it lives on the page rather than in your mind.',
        fr: 'Qu’est-ce qui reste en suspens dans votre tête ce soir\u00a0? Faites-en la liste, pour que cela repose sur la page plutôt que dans votre esprit.',
      },
    },
    {
      id: 'daily-note-to-tonight',
      framework: 'reflective-journaling',
      intensity: 'light',
      timeOfDay: 'morning',
      tags: ['intention'],
      text: {
        en: 'Write two lines to the person you will be tonight. What do you hope they will be able to say about today?',
        fr: 'Écrivez deux lignes à la personne que vous serez ce soir. Qu’espérez-vous qu’elle pourra dire de cette journée\u00a0?',
      },
    },
    {
      id: 'daily-mood-shift',
      framework: 'cbt',
      intensity: 'medium',
      tags: ['emotions', 'thoughts'],
      text: {
        en: 'Did your mood shift at some point today? What happened just before, and what went through your mind?',
        fr: 'Votre humeur a-t-elle changé à un moment de la journée\u00a0? Que s’est-il passé juste avant, et qu’est-ce qui vous est passé par la tête\u00a0?',
      },
    },
    {
      id: 'daily-asking-help',
      framework: 'reflective-journaling',
      intensity: 'medium',
      tags: ['relationships', 'needs'],
      text: {
        en: 'Did you ask for help today, or could you have? What made it easier or harder?',
        fr: 'Avez-vous demandé de l’aide aujourd’hui, ou auriez-vous pu le faire\u00a0? Qu’est-ce qui a rendu cela plus facile ou plus difficile\u00a0?',
      },
    },
    {
      id: 'daily-lesson',
      framework: 'reflective-journaling',
      intensity: 'light',
      timeOfDay: 'evening',
      text: {
        en: 'What did today teach you, about a situation, about someone, or about yourself?',
        fr: 'Qu’est-ce que cette journée vous a appris, sur une situation, sur quelqu’un ou sur vous-même\u00a0?',
      },
    },
    {
      id: 'daily-enough',
      framework: 'self-compassion',
      intensity: 'medium',
      timeOfDay: 'evening',
      text: {
        en: 'What would change tonight if you allowed yourself to consider that you did enough today?',
        fr: 'Qu’est-ce que cela changerait, ce soir, de considérer que vous en avez fait assez aujourd’hui\u00a0?',
      },
    },
  ],
};
