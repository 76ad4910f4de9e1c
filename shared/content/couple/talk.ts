import { z } from 'zod';

/**
 * The couple space's conversation exercises (issue 8): question decks, appreciation, a weekly
 * check-in, conflict repair, a request in four steps, accelerators and brakes. Each partner
 * answers privately; answers appear side by side only once both answered and both confirm
 * (electron/core/couple/talkStore.ts). All wording is ours, written from the frameworks each
 * exercise names (CONTENT.md): card decks and published terms are not copied. Any genders,
 * orientations and bodies; nothing assumes penetrative sex.
 *
 * Ids are bound into sealed answers (the round's item id names the exercise and the question),
 * so an id is never reused for a different question: retire it and add a new one instead.
 */
const IdSchema = z.string().regex(/^[a-z][a-z0-9-]{1,40}$/);
const TextSchema = z.string().min(2).max(400);
const BilingualSchema = z.object({ en: TextSchema, fr: TextSchema }).strict();
export type Bilingual = z.infer<typeof BilingualSchema>;

export const TalkFieldSchema = z.discriminatedUnion('kind', [
  z
    .object({
      id: IdSchema,
      kind: z.literal('text'),
      label: BilingualSchema,
      /** A short example or nudge shown under the label. */
      hint: BilingualSchema.optional(),
    })
    .strict(),
  z
    .object({
      id: IdSchema,
      kind: z.literal('scale'),
      label: BilingualSchema,
      min: z.literal(0),
      max: z.literal(10),
      /** What each end of the scale means. */
      low: BilingualSchema,
      high: BilingualSchema,
    })
    .strict(),
]);
export type TalkField = z.infer<typeof TalkFieldSchema>;

export const TalkQuestionSchema = z.object({ id: IdSchema, en: TextSchema, fr: TextSchema }).strict();
export type TalkQuestion = z.infer<typeof TalkQuestionSchema>;

export const TALK_EXERCISE_IDS = [
  'deck-knowing',
  'deck-dreams',
  'deck-history',
  'appreciation',
  'check-in',
  'repair',
  'request',
  'accelerators-brakes',
] as const;
export type TalkExerciseId = (typeof TALK_EXERCISE_IDS)[number];

export const TalkExerciseSchema = z
  .object({
    id: z.enum(TALK_EXERCISE_IDS),
    /** A deck draws one question per round; a form asks the same fields every round. */
    kind: z.enum(['deck', 'form']),
    /** Intimate exercises start with the consent check-in, like the desire list. */
    intimate: z.boolean(),
    title: BilingualSchema,
    what: BilingualSchema,
    /** One line naming where the exercise comes from (CONTENT.md, rule 7). */
    framework: BilingualSchema,
    fields: z.array(TalkFieldSchema).min(1).max(8),
    questions: z.array(TalkQuestionSchema).max(80),
  })
  .strict()
  .superRefine((exercise, ctx) => {
    const fieldIds = new Set(exercise.fields.map((f) => f.id));
    if (fieldIds.size !== exercise.fields.length)
      ctx.addIssue({ code: 'custom', message: 'repeated field id' });
    const questionIds = new Set(exercise.questions.map((q) => q.id));
    if (questionIds.size !== exercise.questions.length) {
      ctx.addIssue({ code: 'custom', message: 'repeated question id' });
    }
    if (exercise.kind === 'deck' && exercise.questions.length < 30) {
      ctx.addIssue({ code: 'custom', message: 'a deck holds at least 30 questions' });
    }
    if (exercise.kind === 'form' && exercise.questions.length > 0) {
      ctx.addIssue({ code: 'custom', message: 'a form has no questions' });
    }
  });
export type TalkExercise = z.infer<typeof TalkExerciseSchema>;

const LOVE_MAPS: Bilingual = {
  en: 'Based on the idea of “love maps” from Gottman’s couple research: knowing each other’s inner world, and keeping that knowledge up to date.',
  fr: 'Inspiré de l’idée de «\u00a0cartes de l’amour\u00a0» issue des recherches de Gottman sur le couple\u00a0: connaître le monde intérieur de l’autre, et garder cette connaissance à jour.',
};

const DECK_ANSWER: TalkField = {
  id: 'answer',
  kind: 'text',
  label: { en: 'Your answer', fr: 'Votre réponse' },
};

/** Turns compact [id, en, fr] rows into questions. */
function questions(rows: ReadonlyArray<readonly [string, string, string]>): TalkQuestion[] {
  return rows.map(([id, en, fr]) => ({ id, en, fr }));
}

const KNOWING = questions([
  [
    'k-calm-place',
    'Where do you feel most at ease these days?',
    'Où vous sentez-vous le plus à l’aise ces temps-ci\u00a0?',
  ],
  [
    'k-small-joy',
    'What small thing made you happy recently?',
    'Quelle petite chose vous a fait plaisir récemment\u00a0?',
  ],
  [
    'k-worry-now',
    'What is on your mind most at the moment?',
    'Qu’est-ce qui vous occupe le plus l’esprit en ce moment\u00a0?',
  ],
  [
    'k-stress-source',
    'What is the biggest source of stress in your life right now?',
    'Quelle est la plus grande source de stress dans votre vie en ce moment\u00a0?',
  ],
  [
    'k-recharge',
    'What helps you recharge after a hard day?',
    'Qu’est-ce qui vous ressource après une journée difficile\u00a0?',
  ],
  [
    'k-friend-close',
    'Which friend do you feel closest to at the moment, and why?',
    'De quelle personne amie vous sentez-vous le plus proche en ce moment, et pourquoi\u00a0?',
  ],
  [
    'k-childhood-smell',
    'Which smell or taste takes you straight back to childhood?',
    'Quelle odeur ou quelle saveur vous ramène tout droit à l’enfance\u00a0?',
  ],
  [
    'k-proud-of',
    'What is something you did that you quietly feel good about?',
    'Quelle chose que vous avez faite vous fait du bien quand vous y repensez\u00a0?',
  ],
  [
    'k-misunderstood',
    'When do you feel misunderstood by people around you?',
    'Quand avez-vous le sentiment que votre entourage ne vous comprend pas\u00a0?',
  ],
  [
    'k-comfort-food',
    'What do you like to eat or drink when you need comfort?',
    'Qu’aimez-vous manger ou boire quand vous avez besoin de réconfort\u00a0?',
  ],
  [
    'k-song-now',
    'Which song or piece of music matters to you right now?',
    'Quelle chanson ou quelle musique compte pour vous en ce moment\u00a0?',
  ],
  [
    'k-ideal-sunday',
    'What would an ideal free day look like for you?',
    'À quoi ressemblerait une journée libre idéale pour vous\u00a0?',
  ],
  [
    'k-learn-next',
    'What would you like to learn, if you had the time?',
    'Qu’aimeriez-vous apprendre, si vous en aviez le temps\u00a0?',
  ],
  [
    'k-fear-small',
    'What is a small fear you rarely mention?',
    'Quelle petite peur évoquez-vous rarement\u00a0?',
  ],
  [
    'k-rule-life',
    'Which value do you try to live by, even when it is hard?',
    'Quelle valeur essayez-vous de suivre, même quand c’est difficile\u00a0?',
  ],
  [
    'k-annoyance',
    'What small everyday thing gets on your nerves more than it should?',
    'Quelle petite chose du quotidien vous agace plus qu’elle ne le devrait\u00a0?',
  ],
  [
    'k-feel-loved',
    'What makes you feel cared for, in a simple way?',
    'Qu’est-ce qui vous fait sentir qu’on prend soin de vous, simplement\u00a0?',
  ],
  [
    'k-alone-time',
    'How much time alone do you need in a week to feel like yourself?',
    'De combien de temps rien qu’à vous avez-vous besoin chaque semaine pour vous retrouver\u00a0?',
  ],
  [
    'k-book-film',
    'Which book, film or series stayed with you, and what stuck?',
    'Quel livre, film ou série vous est resté en tête, et qu’en avez-vous gardé\u00a0?',
  ],
  [
    'k-work-meaning',
    'What part of your work or days feels most meaningful?',
    'Quelle part de votre travail ou de vos journées a le plus de sens pour vous\u00a0?',
  ],
  ['k-hard-ask', 'What do you find hard to ask for?', 'Qu’est-ce qui vous est difficile à demander\u00a0?'],
  [
    'k-body-feel',
    'How does your body tell you that you are tired or overwhelmed?',
    'Comment votre corps vous signale-t-il la fatigue ou le trop-plein\u00a0?',
  ],
  [
    'k-family-now',
    'How do you feel about your family these days?',
    'Comment vous sentez-vous vis-à-vis de votre famille ces temps-ci\u00a0?',
  ],
  [
    'k-secret-talent',
    'What are you good at that few people know about?',
    'Qu’est-ce que vous faites bien sans que beaucoup de gens le sachent\u00a0?',
  ],
  ['k-laugh', 'What always makes you laugh?', 'Qu’est-ce qui vous fait rire à tous les coups\u00a0?'],
  [
    'k-change-self',
    'What would you like to change in how you react to things?',
    'Qu’aimeriez-vous changer dans votre façon de réagir aux choses\u00a0?',
  ],
  [
    'k-season',
    'Which season suits you best, and why?',
    'Quelle saison vous ressemble le plus, et pourquoi\u00a0?',
  ],
  ['k-apology', 'What helps you accept an apology?', 'Qu’est-ce qui vous aide à accepter des excuses\u00a0?'],
  ['k-inspires', 'Who inspires you at the moment?', 'Qui vous inspire en ce moment\u00a0?'],
  [
    'k-safe-person',
    'When you are upset, what do you wish people would do?',
    'Quand quelque chose vous bouleverse, qu’aimeriez-vous que l’on fasse\u00a0?',
  ],
  [
    'k-waiting-for',
    'What are you looking forward to in the coming weeks?',
    'Qu’attendez-vous avec plaisir dans les semaines à venir\u00a0?',
  ],
  [
    'k-weekend-energy',
    'What drains your energy without you always noticing?',
    'Qu’est-ce qui vous vide de votre énergie sans que vous le remarquiez toujours\u00a0?',
  ],
]);

const DREAMS = questions([
  [
    'd-five-years',
    'Where would you like your life to be in five years?',
    'Où aimeriez-vous en être dans votre vie dans cinq ans\u00a0?',
  ],
  [
    'd-place-live',
    'If you could live anywhere for a year, where would it be?',
    'Si vous pouviez vivre n’importe où pendant un an, où serait-ce\u00a0?',
  ],
  [
    'd-trip',
    'Which trip would you love us to take together one day?',
    'Quel voyage aimeriez-vous que l’on fasse ensemble un jour\u00a0?',
  ],
  [
    'd-money-no-object',
    'What would you do with your days if money were not a worry?',
    'Que feriez-vous de vos journées si l’argent n’était pas un souci\u00a0?',
  ],
  [
    'd-home',
    'What would our home look and feel like in an ideal world?',
    'Dans un monde idéal, à quoi ressemblerait notre chez-nous, et quelle atmosphère y aurait-il\u00a0?',
  ],
  ['d-skill', 'Which skill would you love to master?', 'Quel savoir-faire aimeriez-vous maîtriser\u00a0?'],
  [
    'd-work-dream',
    'Is there a kind of work you dream of trying?',
    'Y a-t-il un métier ou une activité que vous rêvez d’essayer\u00a0?',
  ],
  [
    'd-adventure',
    'What adventure, big or small, is still on your list?',
    'Quelle aventure, petite ou grande, est encore sur votre liste\u00a0?',
  ],
  ['d-old-age', 'How do you picture a good old age?', 'Comment imaginez-vous une belle vieillesse\u00a0?'],
  [
    'd-give-back',
    'How would you like to contribute to others or to the world?',
    'Comment aimeriez-vous contribuer à la vie des autres, ou au monde\u00a0?',
  ],
  [
    'd-together-project',
    'What project would you like us to build together?',
    'Quel projet aimeriez-vous que l’on construise ensemble\u00a0?',
  ],
  [
    'd-let-go',
    'Which old dream have you let go of, and how do you feel about it?',
    'À quel ancien rêve avez-vous renoncé, et qu’en ressentez-vous\u00a0?',
  ],
  [
    'd-ritual',
    'Which ritual would you like us to have, every week or every year?',
    'Quel rituel aimeriez-vous que l’on ait, chaque semaine ou chaque année\u00a0?',
  ],
  [
    'd-brave',
    'What would you try if you knew you could not fail?',
    'Qu’essaieriez-vous si vous saviez ne pas pouvoir échouer\u00a0?',
  ],
  [
    'd-legacy',
    'What would you like people to remember about you?',
    'Qu’aimeriez-vous que l’on retienne de vous\u00a0?',
  ],
  [
    'd-celebrate',
    'How would you like to celebrate our next milestone?',
    'Comment aimeriez-vous fêter notre prochaine étape\u00a0?',
  ],
  [
    'd-time-use',
    'If you had one more free evening a week, what would you do with it?',
    'Si vous aviez une soirée libre de plus par semaine, qu’en feriez-vous\u00a0?',
  ],
  [
    'd-community',
    'What kind of people would you like to have around us?',
    'Quelles personnes aimeriez-vous avoir autour de nous\u00a0?',
  ],
  [
    'd-nature',
    'Is there a landscape you dream of seeing or living near?',
    'Y a-t-il un paysage que vous rêvez de voir, ou près duquel vivre\u00a0?',
  ],
  [
    'd-creative',
    'What would you like to create: something made, written, grown or played?',
    'Qu’aimeriez-vous créer\u00a0: quelque chose de fabriqué, d’écrit, de cultivé ou de joué\u00a0?',
  ],
  [
    'd-health',
    'What would you like to do for your health in the coming year?',
    'Que voudriez-vous faire pour votre santé dans l’année qui vient\u00a0?',
  ],
  [
    'd-slow-down',
    'Where would you like more slowness in your life?',
    'Où aimeriez-vous plus de lenteur dans votre vie\u00a0?',
  ],
  [
    'd-money-plan',
    'What does financial security mean to you?',
    'Que signifie pour vous la sécurité financière\u00a0?',
  ],
  [
    'd-family-plans',
    'How do you imagine the place of family, chosen or not, in our future?',
    'Quelle place imaginez-vous pour la famille, choisie ou non, dans notre avenir\u00a0?',
  ],
  [
    'd-year-word',
    'If the coming year had one word, what would you like it to be?',
    'Si l’année à venir avait un seul mot, lequel aimeriez-vous que ce soit\u00a0?',
  ],
  [
    'd-fear-future',
    'What worries you when you think about the future?',
    'Qu’est-ce qui vous inquiète quand vous pensez à l’avenir\u00a0?',
  ],
  [
    'd-support-dream',
    'Which of your dreams would you like more support with from me?',
    'Pour lequel de vos rêves aimeriez-vous plus de soutien de ma part\u00a0?',
  ],
  [
    'd-weekend-away',
    'Describe a weekend away you would love.',
    'Décrivez un week-end loin d’ici qui vous plairait beaucoup.',
  ],
  [
    'd-learn-together',
    'What would you like us to learn together?',
    'Qu’aimeriez-vous que l’on apprenne ensemble\u00a0?',
  ],
  [
    'd-ordinary-day',
    'What would a perfectly ordinary good day together look like?',
    'À quoi ressemblerait une bonne journée ordinaire, ensemble\u00a0?',
  ],
  [
    'd-change-world',
    'If you could change one thing in the world, what would it be?',
    'Si vous pouviez changer une chose dans le monde, laquelle serait-ce\u00a0?',
  ],
  [
    'd-next-step',
    'What is one small step toward a dream that you could take this month?',
    'Quel petit pas vers un rêve pourriez-vous faire ce mois-ci\u00a0?',
  ],
]);

const HISTORY = questions([
  [
    'h-first-notice',
    'What is the first thing you noticed about me?',
    'Quelle est la première chose que vous avez remarquée chez moi\u00a0?',
  ],
  [
    'h-first-meeting',
    'What do you remember of the day we met?',
    'Que vous reste-t-il du jour de notre rencontre\u00a0?',
  ],
  [
    'h-knew',
    'When did you realise this could become something important?',
    'Quand avez-vous compris que cela pouvait devenir important\u00a0?',
  ],
  [
    'h-best-day',
    'Which day together would you happily live again?',
    'Quelle journée ensemble revivriez-vous volontiers\u00a0?',
  ],
  [
    'h-hard-time',
    'Which hard time did we get through that you are glad we faced together?',
    'Quelle période difficile avons-nous traversée qu’il vous tient à cœur d’avoir vécue ensemble\u00a0?',
  ],
  [
    'h-laugh-memory',
    'Which moment together still makes you laugh?',
    'Quel moment ensemble vous fait encore rire\u00a0?',
  ],
  [
    'h-surprised',
    'When did I surprise you in a good way?',
    'Quand vous ai-je fait une bonne surprise\u00a0?',
  ],
  [
    'h-learned',
    'What have you learned about yourself since we have been together?',
    'Qu’avez-vous appris sur vous depuis que nous sommes ensemble\u00a0?',
  ],
  [
    'h-place',
    'Which place holds a special memory of us?',
    'Quel lieu garde pour vous un souvenir particulier de nous\u00a0?',
  ],
  [
    'h-first-trip',
    'What do you remember of one of our first trips or outings?',
    'Que vous rappelez-vous de l’un de nos premiers voyages ou de nos premières sorties\u00a0?',
  ],
  [
    'h-changed',
    'How do you think we have changed as a couple?',
    'Comment pensez-vous que notre couple a changé\u00a0?',
  ],
  [
    'h-grateful-moment',
    'When did you feel especially supported by me?',
    'Quand avez-vous senti un vrai soutien de ma part\u00a0?',
  ],
  [
    'h-song-us',
    'Is there a song, film or book that feels like ours?',
    'Y a-t-il une chanson, un film ou un livre qui nous ressemble\u00a0?',
  ],
  [
    'h-tradition',
    'Which of our habits or traditions do you love most?',
    'Laquelle de nos habitudes ou de nos traditions aimez-vous le plus\u00a0?',
  ],
  [
    'h-turning-point',
    'What was a turning point in our relationship for you?',
    'Quel a été pour vous un tournant dans notre relation\u00a0?',
  ],
  [
    'h-missed',
    'Is there a moment you wish we had lived differently?',
    'Y a-t-il un moment que vous auriez aimé vivre autrement\u00a0?',
  ],
  [
    'h-meal',
    'Which meal together do you remember best?',
    'De quel repas ensemble vous souvenez-vous le mieux\u00a0?',
  ],
  [
    'h-gift',
    'Which gift or gesture from me touched you most?',
    'Quel cadeau ou quel geste de ma part a le plus compté pour vous\u00a0?',
  ],
  [
    'h-proud-us',
    'What are you glad we built together?',
    'De quoi vous réjouissez-vous que l’on ait construit ensemble\u00a0?',
  ],
  [
    'h-early-fear',
    'What did you worry about early in our relationship?',
    'Qu’est-ce qui vous inquiétait au début de notre relation\u00a0?',
  ],
  [
    'h-inside-joke',
    'Which of our private jokes do you like best, and where did it come from?',
    'Quelle est votre blague préférée entre nous, et d’où vient-elle\u00a0?',
  ],
  [
    'h-families',
    'What do you remember of meeting the people who matter to me?',
    'Que vous rappelez-vous de votre rencontre avec les personnes qui comptent pour moi\u00a0?',
  ],
  [
    'h-quiet-moment',
    'Which quiet, ordinary moment with me do you treasure?',
    'Quel moment calme et ordinaire avec moi vous est précieux\u00a0?',
  ],
  [
    'h-repair',
    'Which disagreement taught us something useful?',
    'Quel désaccord nous a appris quelque chose d’utile\u00a0?',
  ],
  [
    'h-nickname',
    'Where do the names we call each other come from, for you?',
    'D’où viennent, pour vous, les petits noms que l’on se donne\u00a0?',
  ],
  [
    'h-season-us',
    'Which season or year of our life together do you like to remember?',
    'De quelle saison ou de quelle année de notre vie commune aimez-vous vous souvenir\u00a0?',
  ],
  [
    'h-photo',
    'Which photo of us would you keep if you could keep only one?',
    'Quelle photo de nous garderiez-vous si vous ne pouviez en garder qu’une\u00a0?',
  ],
  ['h-changed-mind', 'What did I change your mind about?', 'Sur quoi vous ai-je fait changer d’avis\u00a0?'],
  [
    'h-home-first',
    'What do you remember of the first place we shared, or the first night there?',
    'Que vous rappelez-vous du premier lieu que nous avons partagé, ou de la première nuit là-bas\u00a0?',
  ],
  [
    'h-we-were-brave',
    'When were we brave together?',
    'Quand avons-nous fait preuve de courage ensemble\u00a0?',
  ],
  [
    'h-story-tell',
    'How do you like to tell the story of us to others?',
    'Comment aimez-vous raconter notre histoire aux autres\u00a0?',
  ],
  [
    'h-thank-past',
    'What would you like to thank the us of a few years ago for?',
    'De quoi aimeriez-vous remercier le nous d’il y a quelques années\u00a0?',
  ],
]);

export const TALK_EXERCISES: readonly TalkExercise[] = [
  {
    id: 'deck-knowing',
    kind: 'deck',
    intimate: false,
    title: { en: 'Getting to know each other', fr: 'Mieux se connaître' },
    what: {
      en: 'One question, two private answers: what is on each other’s mind these days.',
      fr: 'Une question, deux réponses privées\u00a0: ce qui occupe l’autre ces temps-ci.',
    },
    framework: LOVE_MAPS,
    fields: [DECK_ANSWER],
    questions: KNOWING,
  },
  {
    id: 'deck-dreams',
    kind: 'deck',
    intimate: false,
    title: { en: 'Dreams and plans', fr: 'Rêves et projets' },
    what: {
      en: 'Hopes, plans and wishes for later, big or small.',
      fr: 'Espoirs, projets et envies pour plus tard, petits ou grands.',
    },
    framework: LOVE_MAPS,
    fields: [DECK_ANSWER],
    questions: DREAMS,
  },
  {
    id: 'deck-history',
    kind: 'deck',
    intimate: false,
    title: { en: 'Our history', fr: 'Notre histoire' },
    what: {
      en: 'Memories you share, as each of you remembers them.',
      fr: 'Vos souvenirs communs, tels que chaque partenaire s’en souvient.',
    },
    framework: LOVE_MAPS,
    fields: [DECK_ANSWER],
    questions: HISTORY,
  },
  {
    id: 'appreciation',
    kind: 'form',
    intimate: false,
    title: { en: 'Appreciation exchange', fr: 'Échange d’appréciations' },
    what: {
      en: 'Three things you appreciated this week, and one you never said.',
      fr: 'Trois choses appréciées cette semaine, et une que vous n’avez jamais dite.',
    },
    framework: {
      en: 'Based on the fondness and admiration habits described in Gottman’s couple research: noticing and saying what you value.',
      fr: 'Inspiré des habitudes de tendresse et d’admiration décrites par les recherches de Gottman sur le couple\u00a0: remarquer et dire ce que l’on apprécie.',
    },
    fields: [
      {
        id: 'first',
        kind: 'text',
        label: { en: 'Something I appreciated this week', fr: 'Une chose que j’ai appréciée cette semaine' },
        hint: {
          en: 'For example: “You made tea when I came home late.”',
          fr: 'Par exemple\u00a0: «\u00a0Tu as fait du thé à mon retour, tard le soir.\u00a0»',
        },
      },
      {
        id: 'second',
        kind: 'text',
        label: { en: 'A second thing', fr: 'Une deuxième chose' },
      },
      {
        id: 'third',
        kind: 'text',
        label: { en: 'A third thing', fr: 'Une troisième chose' },
      },
      {
        id: 'unsaid',
        kind: 'text',
        label: {
          en: 'Something I appreciate about you and have never said',
          fr: 'Une chose que j’apprécie chez toi et que je n’ai jamais dite',
        },
      },
    ],
    questions: [],
  },
  {
    id: 'check-in',
    kind: 'form',
    intimate: false,
    title: { en: 'Weekly check-in', fr: 'Point de la semaine' },
    what: {
      en: 'How connected you felt, what went well, and what you need this week.',
      fr: 'Le lien ressenti entre vous, ce qui a bien marché, et ce dont vous avez besoin cette semaine.',
    },
    framework: {
      en: 'A weekly couple meeting, as many couple therapists suggest, with ideas from Gottman’s research on turning towards each other.',
      fr: 'Un rendez-vous de couple hebdomadaire, comme le proposent de nombreux thérapeutes de couple, avec des idées des recherches de Gottman sur le fait de se tourner l’un vers l’autre.',
    },
    fields: [
      {
        id: 'connection',
        kind: 'scale',
        label: {
          en: 'How connected I felt to you this week',
          fr: 'Mon sentiment de lien avec toi cette semaine',
        },
        min: 0,
        max: 10,
        low: { en: '0: not at all', fr: '0\u00a0: pas du tout' },
        high: { en: '10: very connected', fr: '10\u00a0: très en lien' },
      },
      {
        id: 'went-well',
        kind: 'text',
        label: { en: 'What went well between us', fr: 'Ce qui a bien marché entre nous' },
      },
      {
        id: 'need',
        kind: 'text',
        label: { en: 'What I need this week', fr: 'Ce dont j’ai besoin cette semaine' },
        hint: {
          en: 'Something small and concrete is easiest to give.',
          fr: 'Une chose petite et concrète est plus facile à offrir.',
        },
      },
    ],
    questions: [],
  },
  {
    id: 'repair',
    kind: 'form',
    intimate: false,
    title: { en: 'After a conflict', fr: 'Après un conflit' },
    what: {
      en: 'Each of you looks back on a disagreement: your own part, what you tried, what helped.',
      fr: 'Chaque partenaire revient sur un désaccord\u00a0: sa propre part, ce qui a été tenté, ce qui a aidé.',
    },
    framework: {
      en: 'Based on Gottman’s research on conflict: harsh patterns (criticism, contempt, defensiveness, shutting down), their gentler alternatives, and repair attempts.',
      fr: 'Inspiré des recherches de Gottman sur le conflit\u00a0: les schémas durs (critique, mépris, défensive, fermeture), leurs alternatives plus douces, et les tentatives de réparation.',
    },
    fields: [
      {
        id: 'about',
        kind: 'text',
        label: {
          en: 'What the disagreement was about, in one line',
          fr: 'Le sujet du désaccord, en une ligne',
        },
      },
      {
        id: 'pattern',
        kind: 'text',
        label: { en: 'My pattern in it', fr: 'Mon schéma dans ce moment' },
        hint: {
          en: 'For example: I criticised instead of asking, I got defensive, I went silent.',
          fr: 'Par exemple\u00a0: critiquer au lieu de demander, me défendre, me fermer.',
        },
      },
      {
        id: 'tried',
        kind: 'text',
        label: { en: 'What I tried', fr: 'Ce que j’ai essayé' },
      },
      {
        id: 'repaired',
        kind: 'text',
        label: {
          en: 'What repaired it, or what could have',
          fr: 'Ce qui a réparé, ou ce qui aurait pu réparer',
        },
        hint: {
          en: 'For example: a pause, a joke, “I see your point”, a hand on the shoulder.',
          fr: 'Par exemple\u00a0: une pause, une blague, «\u00a0je comprends ton point de vue\u00a0», une main sur l’épaule.',
        },
      },
    ],
    questions: [],
  },
  {
    id: 'request',
    kind: 'form',
    intimate: false,
    title: { en: 'Asking for something', fr: 'Formuler une demande' },
    what: {
      en: 'A request in four steps: what I saw, what I felt, what I need, what I ask.',
      fr: 'Une demande en quatre temps\u00a0: ce que j’ai vu, ce que j’ai ressenti, ce dont j’ai besoin, ce que je demande.',
    },
    framework: {
      en: 'Based on Nonviolent Communication (Marshall Rosenberg): observation, feeling, need, request.',
      fr: 'Inspiré de la Communication NonViolente (Marshall Rosenberg)\u00a0: observation, sentiment, besoin, demande.',
    },
    fields: [
      {
        id: 'observation',
        kind: 'text',
        label: { en: 'What I saw or heard', fr: 'Ce que j’ai vu ou entendu' },
        hint: {
          en: 'Facts a camera could record. “Three evenings this week we ate with our phones out”, not “you never listen”.',
          fr: 'Des faits qu’une caméra pourrait filmer. «\u00a0Trois soirs cette semaine, on a mangé téléphone en main\u00a0», pas «\u00a0tu n’écoutes jamais\u00a0».',
        },
      },
      {
        id: 'feeling',
        kind: 'text',
        label: { en: 'What I felt', fr: 'Ce que j’ai ressenti' },
        hint: {
          en: 'A feeling, not a judgement: “lonely”, “sad”, rather than “you ignore me”.',
          fr: 'Un ressenti, pas un jugement\u00a0: «\u00a0de la solitude\u00a0», «\u00a0de la tristesse\u00a0», plutôt que «\u00a0tu m’ignores\u00a0».',
        },
      },
      {
        id: 'need',
        kind: 'text',
        label: { en: 'What I need', fr: 'Ce dont j’ai besoin' },
        hint: {
          en: 'For example: closeness, rest, fairness, being heard.',
          fr: 'Par exemple\u00a0: de la proximité, du repos, de l’équité, de l’écoute.',
        },
      },
      {
        id: 'request',
        kind: 'text',
        label: { en: 'What I ask, concretely', fr: 'Ce que je demande, concrètement' },
        hint: {
          en: 'Something doable that can be answered with yes or no: “Could we eat without phones on weeknights?”',
          fr: 'Une chose faisable, à laquelle on peut répondre oui ou non\u00a0: «\u00a0Est-ce qu’on pourrait manger sans téléphone les soirs de semaine\u00a0?\u00a0»',
        },
      },
    ],
    questions: [],
  },
  {
    id: 'accelerators-brakes',
    kind: 'form',
    intimate: true,
    title: { en: 'Accelerators and brakes', fr: 'Accélérateurs et freins' },
    what: {
      en: 'What turns your desire on, and what puts the brakes on. Both are normal.',
      fr: 'Ce qui éveille votre désir, et ce qui le freine. Les deux sont normaux.',
    },
    framework: {
      en: 'Based on the dual control model of sexual response (Bancroft and Janssen), as popularised by Emily Nagoski: desire has an accelerator and a brake.',
      fr: 'Inspiré du modèle du double contrôle de la réponse sexuelle (Bancroft et Janssen), popularisé par Emily Nagoski\u00a0: le désir a un accélérateur et un frein.',
    },
    fields: [
      {
        id: 'accelerators',
        kind: 'text',
        label: { en: 'What turns my desire on', fr: 'Ce qui éveille mon désir' },
        hint: {
          en: 'Anything counts: a mood, a place, a kind of touch, a word, time without rush, an attentive look.',
          fr: 'Tout compte\u00a0: une ambiance, un lieu, une façon de toucher, un mot, du temps sans se presser, un regard attentif.',
        },
      },
      {
        id: 'brakes',
        kind: 'text',
        label: { en: 'What puts the brakes on', fr: 'Ce qui freine mon désir' },
        hint: {
          en: 'For example: stress, tiredness, lack of time, pain, worries about my body, a to-do list in my head.',
          fr: 'Par exemple\u00a0: le stress, la fatigue, le manque de temps, une douleur, des soucis au sujet de mon corps, une liste de choses à faire en tête.',
        },
      },
      {
        id: 'wish',
        kind: 'text',
        label: {
          en: 'One thing that could ease a brake, or press an accelerator, this week',
          fr: 'Une chose qui pourrait relâcher un frein, ou appuyer sur un accélérateur, cette semaine',
        },
      },
    ],
    questions: [],
  },
];

export const TALK_EXERCISE_BY_ID: ReadonlyMap<TalkExerciseId, TalkExercise> = new Map(
  TALK_EXERCISES.map((exercise) => [exercise.id, exercise]),
);

export function talkExercise(id: TalkExerciseId): TalkExercise {
  const exercise = TALK_EXERCISE_BY_ID.get(id);
  if (!exercise) throw new RangeError(`unknown talk exercise ${id}`);
  return exercise;
}
