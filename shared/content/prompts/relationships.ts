import { type PromptPack } from './schema';

// Relationships of every kind: friends, family, chosen family, partner(s) if any, colleagues. Ideas from
// couples research in the spirit of Gottman (inner world, appreciation, harsh patterns and repair) are
// applied to any close bond; needs-based communication and reflective listening cover the rest. No prompt
// assumes a partner, a couple, or any particular relationship structure.

/** Prompts about the people in one's life and how one relates to them. */
export const RELATIONSHIPS_PACK: PromptPack = {
  id: 'relationships',
  version: 1,
  schemaVersion: 1,
  name: { en: 'Relationships', fr: 'Relations' },
  description: {
    en: 'Friends, family, chosen family, partners if you have any, colleagues: what you bring and receive, what hurts, what repairs, and what you would like to say.',
    fr: 'Amitiés, famille, famille choisie, partenaires s’il y en a, collègues\u00a0: ce que vous apportez et recevez, ce qui blesse, ce qui répare, et ce que vous aimeriez dire.',
  },
  framework: 'reflective-journaling',
  sensitive: false,
  prompts: [
    {
      id: 'relationships-circle',
      framework: 'reflective-journaling',
      intensity: 'light',
      text: {
        en: 'Describe your circle in words: who is closest to you right now, who is a little further away, and with whom has the bond loosened? Include anyone who counts.',
        fr: 'Décrivez votre entourage en mots\u00a0: qui est au plus près de vous en ce moment, qui est un peu plus loin, et avec qui le lien s’est-il distendu\u00a0? Incluez toute personne qui compte.',
      },
    },
    {
      id: 'relationships-appreciation',
      framework: 'couples-gottman-style',
      intensity: 'light',
      tags: ['appreciation'],
      text: {
        en: 'Think of someone close to you. What did they do recently that you appreciated? Did you tell them?',
        fr: 'Pensez à une personne proche. Qu’a-t-elle fait récemment que vous avez apprécié\u00a0? Le lui avez-vous dit\u00a0?',
      },
    },
    {
      id: 'relationships-inner-world',
      framework: 'couples-gottman-style',
      intensity: 'light',
      tags: ['inner-world'],
      text: {
        en: 'How well do you know the current worries and hopes of someone you love? Write what you imagine they are, then consider asking.',
        fr: 'Connaissez-vous bien les soucis et les espoirs actuels d’une personne que vous aimez\u00a0? Notez ce que vous imaginez, puis envisagez de lui poser la question.',
      },
    },
    {
      id: 'relationships-give-and-receive',
      framework: 'reflective-journaling',
      intensity: 'light',
      tags: ['friendship'],
      text: {
        en: 'In one of your friendships, what do you bring, and what do you receive? Does it feel balanced?',
        fr: 'Dans l’une de vos amitiés, qu’apportez-vous, et que recevez-vous\u00a0? Cela vous semble-t-il équilibré\u00a0?',
      },
    },
    {
      id: 'relationships-family-role',
      framework: 'reflective-journaling',
      intensity: 'medium',
      tags: ['family', 'history'],
      text: {
        en: 'What role did you play in your family growing up: the one who helps, who keeps the peace, who stays quiet, who rebels, something else? Do you still play it?',
        fr: 'Quel rôle teniez-vous dans votre famille pendant l’enfance\u00a0: la personne qui aide, qui apaise, qui se fait discrète, qui se rebelle, autre chose\u00a0? Le tenez-vous encore\u00a0?',
      },
    },
    {
      id: 'relationships-harsh-patterns',
      framework: 'couples-gottman-style',
      intensity: 'medium',
      tags: ['conflict'],
      text: {
        en: 'Recall a recent disagreement. Did any of these show up, on either side: criticism, contempt, defensiveness, shutting down? What might have helped instead?',
        fr: 'Repensez à un désaccord récent. L’un de ces schémas est-il apparu, d’un côté ou de l’autre\u00a0: critique, mépris, attitude défensive, repli\u00a0? Qu’est-ce qui aurait pu aider à la place\u00a0?',
      },
    },
    {
      id: 'relationships-raise-gently',
      framework: 'communication',
      intensity: 'medium',
      tags: ['conflict'],
      text: {
        en: 'Is there something you’d like to raise with someone? Try this shape: what I observed, what I felt, what I need, what I’d like to ask.',
        fr: 'Y a-t-il un sujet que vous aimeriez aborder avec quelqu’un\u00a0? Essayez cette forme\u00a0: ce que j’ai observé, ce que j’ai ressenti, ce dont j’ai besoin, ce que j’aimerais demander.',
      },
    },
    {
      id: 'relationships-repair',
      framework: 'couples-gottman-style',
      intensity: 'medium',
      tags: ['repair'],
      text: {
        en: 'After tension with someone, what helps you reconnect: an apology, humour, a gesture, time, a conversation? And what helps them?',
        fr: 'Après une tension avec quelqu’un, qu’est-ce qui vous aide à renouer le lien\u00a0: des excuses, de l’humour, un geste, du temps, une discussion\u00a0? Et qu’est-ce qui aide l’autre personne\u00a0?',
      },
    },
    {
      id: 'relationships-yes-meaning-no',
      framework: 'communication',
      intensity: 'medium',
      tags: ['boundaries'],
      text: {
        en: 'Is there a relationship in which you say yes when you mean no? What would a kind but clear boundary sound like?',
        fr: 'Y a-t-il une relation dans laquelle vous dites oui quand vous pensez non\u00a0? À quoi ressemblerait une limite claire mais bienveillante\u00a0?',
      },
    },
    {
      id: 'relationships-colleagues',
      framework: 'reflective-journaling',
      intensity: 'light',
      tags: ['work'],
      text: {
        en: 'How do you feel among your colleagues or the people you study with? Who makes the days easier, and who makes them harder?',
        fr: 'Comment vous sentez-vous parmi vos collègues ou les personnes avec qui vous étudiez\u00a0? Qui rend les journées plus faciles, et qui les rend plus difficiles\u00a0?',
      },
    },
    {
      id: 'relationships-loneliness',
      framework: 'emotion-focused',
      intensity: 'medium',
      tags: ['loneliness'],
      text: {
        en: 'Loneliness can come with no one around or in the middle of a crowd. When did you last feel it? What kind of connection were you missing?',
        fr: 'La solitude peut se faire sentir sans personne autour ou au milieu des autres. Quand l’avez-vous ressentie pour la dernière fois\u00a0? Quel genre de lien vous manquait\u00a0?',
      },
    },
    {
      id: 'relationships-bids',
      framework: 'couples-gottman-style',
      intensity: 'light',
      tags: ['connection'],
      text: {
        en: 'Small bids for attention, a remark, a look, a question, build closeness. Which ones did you notice this week, and how did you respond?',
        fr: 'Les petites demandes d’attention, une remarque, un regard, une question, construisent la proximité. Lesquelles avez-vous remarquées cette semaine, et comment y avez-vous répondu\u00a0?',
      },
    },
    {
      id: 'relationships-parent-today',
      framework: 'reflective-journaling',
      intensity: 'deep',
      tags: ['family'],
      text: {
        en: 'How would you describe your relationship today with a parent, or with someone who helped raise you? What do you wish were different, and what do you accept?',
        fr: 'Comment décririez-vous aujourd’hui votre relation avec l’un de vos parents, ou avec une personne qui a participé à votre éducation\u00a0? Que souhaiteriez-vous de différent, et qu’acceptez-vous\u00a0?',
      },
    },
    {
      id: 'relationships-intimate-or-other-closeness',
      framework: 'reflective-journaling',
      intensity: 'light',
      tags: ['partners', 'closeness'],
      text: {
        en: 'If you share your life intimately with one or more people, what do you value most in that bond right now? If not, which kinds of closeness matter most in your life?',
        fr: 'Si vous partagez votre vie intime avec une ou plusieurs personnes, qu’appréciez-vous le plus dans ce lien en ce moment\u00a0? Sinon, quelles formes de proximité comptent le plus dans votre vie\u00a0?',
      },
    },
    {
      id: 'relationships-feeling-understood',
      framework: 'communication',
      intensity: 'light',
      text: {
        en: 'Who in your life gives you the sense of being understood? What do they do that helps?',
        fr: 'Qui, dans votre vie, vous donne le sentiment qu’on vous comprend\u00a0? Que fait cette personne qui aide\u00a0?',
      },
    },
    {
      id: 'relationships-reflect-back',
      framework: 'communication',
      intensity: 'light',
      tags: ['listening'],
      text: {
        en: 'In your next conversation, try putting what you heard into your own words before answering. Afterwards, write down what that changed.',
        fr: 'Lors de votre prochaine conversation, essayez de reformuler ce que vous avez entendu avant de répondre. Ensuite, notez ce que cela a changé.',
      },
    },
    {
      id: 'relationships-resentment',
      framework: 'emotion-focused',
      intensity: 'deep',
      tags: ['conflict'],
      text: {
        en: 'Are you carrying resentment towards someone? What happened, and what would you need for it to ease?',
        fr: 'Portez-vous du ressentiment envers quelqu’un\u00a0? Que s’est-il passé, et de quoi auriez-vous besoin pour qu’il s’apaise\u00a0?',
      },
    },
    {
      id: 'relationships-apology',
      framework: 'couples-gottman-style',
      intensity: 'deep',
      tags: ['repair'],
      text: {
        en: 'Is there an apology you would like to give, or to receive? Write what it would say.',
        fr: 'Y a-t-il des excuses que vous aimeriez présenter, ou recevoir\u00a0? Écrivez ce qu’elles diraient.',
      },
    },
    {
      id: 'relationships-laughing-together',
      framework: 'positive-psychology',
      intensity: 'light',
      text: {
        en: 'When did you last laugh with someone? Who are the people you can be playful with?',
        fr: 'Quand avez-vous ri avec quelqu’un pour la dernière fois\u00a0? Avec qui pouvez-vous vous amuser en toute liberté\u00a0?',
      },
    },
    {
      id: 'relationships-chosen-family',
      framework: 'reflective-journaling',
      intensity: 'light',
      tags: ['chosen-family'],
      text: {
        en: 'Who belongs to your chosen family, the people who feel like home whether or not you share blood or a roof?',
        fr: 'Qui fait partie de votre famille choisie, ces personnes qui ont un air de chez-soi, que vous partagiez ou non des liens du sang ou un toit\u00a0?',
      },
    },
    {
      id: 'relationships-asking',
      framework: 'communication',
      intensity: 'medium',
      tags: ['needs'],
      text: {
        en: 'What do you need more of from the people around you at the moment? Who could you ask, and how?',
        fr: 'De quoi auriez-vous besoin davantage de la part de votre entourage en ce moment\u00a0? À qui pourriez-vous le demander, et comment\u00a0?',
      },
    },
    {
      id: 'relationships-lost-touch',
      framework: 'reflective-journaling',
      intensity: 'light',
      text: {
        en: 'Is there someone you have lost touch with and miss? What would a first short message say?',
        fr: 'Y a-t-il une personne avec qui vous avez perdu contact et qui vous manque\u00a0? Que dirait un premier petit message\u00a0?',
      },
    },
    {
      id: 'relationships-stress-spillover',
      framework: 'reflective-journaling',
      intensity: 'medium',
      text: {
        en: 'How has stress from elsewhere, work, money, health, spilled into your relationships lately?',
        fr: 'Comment le stress venu d’ailleurs, du travail, de l’argent, de la santé, a-t-il débordé sur vos relations ces derniers temps\u00a0?',
      },
    },
    {
      id: 'relationships-being-yourself',
      framework: 'reflective-journaling',
      intensity: 'light',
      text: {
        en: 'With whom can you be most fully yourself? What makes that possible?',
        fr: 'Avec qui pouvez-vous être le plus pleinement vous-même\u00a0? Qu’est-ce qui rend cela possible\u00a0?',
      },
    },
    {
      id: 'relationships-feeling-unsafe',
      framework: 'reflective-journaling',
      intensity: 'deep',
      tags: ['safety'],
      text: {
        en: 'Is there a relationship in which you feel afraid, controlled or pressured? You deserve to be safe. Writing it here can be a first step, and the help screen lists people you can talk to.',
        fr: 'Y a-t-il une relation dans laquelle vous ressentez de la peur, du contrôle ou de la pression\u00a0? Vous avez droit à la sécurité. L’écrire ici peut être un premier pas, et l’écran d’aide indique des personnes à qui parler.',
      },
    },
    {
      id: 'relationships-different-views',
      framework: 'reflective-journaling',
      intensity: 'medium',
      text: {
        en: 'Think of someone close to you who sees things differently. What could you learn from that difference?',
        fr: 'Pensez à une personne proche qui voit les choses autrement que vous. Que pourriez-vous apprendre de cette différence\u00a0?',
      },
    },
    {
      id: 'relationships-appreciation-message',
      framework: 'couples-gottman-style',
      intensity: 'light',
      tags: ['appreciation'],
      text: {
        en: 'Write a short message of appreciation to someone in your life. You can keep it here, or send it.',
        fr: 'Écrivez un court message de reconnaissance à une personne de votre vie. Vous pouvez le garder ici, ou l’envoyer.',
      },
    },
    {
      id: 'relationships-hopes-behind-conflict',
      framework: 'couples-gottman-style',
      intensity: 'deep',
      tags: ['conflict'],
      text: {
        en: 'Behind a disagreement that keeps coming back there is often a hope or a fear on each side. What might yours be, and the other person’s?',
        fr: 'Derrière un désaccord qui revient souvent se cachent fréquemment un espoir ou une crainte, de chaque côté. Quel pourrait être le vôtre, et celui de l’autre personne\u00a0?',
      },
    },
  ],
};
