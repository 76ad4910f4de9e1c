import { type PromptPack } from './schema';

// Emotions and body: naming feelings precisely, finding where they live in the body, and the needs
// behind them (emotion-focused work, with mindfulness and a little CBT). Not knowing what one feels is
// treated as a valid answer, for people who struggle to name feelings.

/** Prompts for naming feelings and noticing them in the body. */
export const EMOTIONS_AND_BODY_PACK: PromptPack = {
  id: 'emotions-and-body',
  version: 1,
  schemaVersion: 1,
  name: { en: 'Emotions and body', fr: 'Émotions et corps' },
  description: {
    en: 'Find words for what you feel, notice where it shows up in your body, and listen for the need behind it. Not knowing what you feel is a valid starting point.',
    fr: 'Trouver des mots pour ce que vous ressentez, remarquer où cela se manifeste dans votre corps, et entendre le besoin qui se cache derrière. Ne pas savoir ce que l’on ressent est un point de départ valable.',
  },
  framework: 'emotion-focused',
  sensitive: false,
  prompts: [
    {
      id: 'emotions-where-in-body',
      framework: 'emotion-focused',
      intensity: 'light',
      tags: ['body'],
      text: {
        en: 'Pick one feeling you have right now. Where do you notice it in your body? Describe it as a sensation: warm, tight, heavy, fluttering, hollow…',
        fr: 'Choisissez une émotion présente en ce moment. Où la remarquez-vous dans votre corps\u00a0? Décrivez-la comme une sensation\u00a0: chaude, serrée, lourde, vibrante, creuse…',
      },
    },
    {
      id: 'emotions-body-scan',
      framework: 'mindfulness',
      intensity: 'light',
      tags: ['body'],
      text: {
        en: 'Slowly move your attention from your feet to the top of your head. Where is there tension, where is there ease? Write what you find without judging it.',
        fr: 'Parcourez lentement votre corps, des pieds jusqu’au sommet du crâne. Où y a-t-il de la tension, où y a-t-il de l’aisance\u00a0? Notez ce que vous trouvez, sans le juger.',
      },
    },
    {
      id: 'emotions-intensity',
      framework: 'emotion-focused',
      intensity: 'light',
      text: {
        en: 'Name what you feel and give it an intensity from 0 to 10. What might bring it down, or up, by a single point?',
        fr: 'Nommez ce que vous ressentez et donnez-lui une intensité de 0 à 10. Qu’est-ce qui pourrait la faire baisser, ou monter, d’un seul point\u00a0?',
      },
    },
    {
      id: 'emotions-under-anger',
      framework: 'emotion-focused',
      intensity: 'medium',
      tags: ['anger'],
      text: {
        en: 'Think of a recent moment of irritation or anger. What other feeling might have been underneath: hurt, fear, sadness, tiredness?',
        fr: 'Repensez à un moment récent d’agacement ou de colère. Quelle autre émotion se trouvait peut-être en dessous\u00a0: de la blessure, de la peur, de la tristesse, de la fatigue\u00a0?',
      },
    },
    {
      id: 'emotions-if-it-could-speak',
      framework: 'emotion-focused',
      intensity: 'medium',
      text: {
        en: 'If this feeling could speak, what would it be trying to tell you, or to protect you from?',
        fr: 'Si cette émotion pouvait parler, que chercherait-elle à vous dire, ou de quoi voudrait-elle vous protéger\u00a0?',
      },
    },
    {
      id: 'emotions-need-behind',
      framework: 'emotion-focused',
      intensity: 'medium',
      tags: ['needs'],
      text: {
        en: 'Behind most feelings there is a need: rest, safety, closeness, fairness, space, meaning. Which need might be behind what you feel today?',
        fr: 'Derrière la plupart des émotions se cache un besoin\u00a0: repos, sécurité, proximité, justice, espace, sens. Quel besoin se trouve peut-être derrière ce que vous ressentez aujourd’hui\u00a0?',
      },
    },
    {
      id: 'emotions-not-sure',
      framework: 'emotion-focused',
      intensity: 'light',
      tags: ['not-sure'],
      text: {
        en: 'It’s fine not to know what you feel. Describe instead what is happening in your body, in your thoughts, and in your urges to act.',
        fr: 'Ne pas savoir ce que l’on ressent, c’est permis. Décrivez plutôt ce qui se passe dans votre corps, dans vos pensées et dans vos envies d’agir.',
      },
    },
    {
      id: 'emotions-mixed',
      framework: 'emotion-focused',
      intensity: 'medium',
      tags: ['ambivalence'],
      text: {
        en: 'We can feel two contrary things at once: relief and sadness, love and anger. Write about a recent moment when that happened to you.',
        fr: 'Il arrive de ressentir deux choses contraires à la fois\u00a0: du soulagement et de la tristesse, de l’amour et de la colère. Écrivez sur un moment récent où cela s’est produit.',
      },
    },
    {
      id: 'emotions-three-breaths',
      framework: 'mindfulness',
      intensity: 'light',
      tags: ['breathing', 'body'],
      text: {
        en: 'Take three slow breaths, letting each out-breath be a little longer than the in-breath. What changes, even slightly, in your body?',
        fr: 'Prenez trois respirations lentes, en laissant chaque expiration durer un peu plus que l’inspiration. Qu’est-ce qui change, même légèrement, dans votre corps\u00a0?',
      },
    },
    {
      id: 'emotions-welcome-at-home',
      framework: 'emotion-focused',
      intensity: 'deep',
      tags: ['history'],
      text: {
        en: 'Which feelings were welcome in the home you grew up in, and which were not? How does that show up in your life today?',
        fr: 'Quelles émotions étaient bienvenues dans le foyer où vous avez grandi, et lesquelles ne l’étaient pas\u00a0? Comment cela se manifeste-t-il dans votre vie aujourd’hui\u00a0?',
      },
    },
    {
      id: 'emotions-wave',
      framework: 'mindfulness',
      intensity: 'light',
      text: {
        en: 'Recall a strong feeling that rose and then faded. How long did it last? What helped it pass?',
        fr: 'Rappelez-vous une émotion forte qui est montée puis redescendue. Combien de temps a-t-elle duré\u00a0? Qu’est-ce qui l’a aidée à passer\u00a0?',
      },
    },
    {
      id: 'emotions-urge-to-act',
      framework: 'emotion-focused',
      intensity: 'medium',
      text: {
        en: 'When this feeling shows up, what does it push you to do? What happens if you wait a few minutes before acting?',
        fr: 'Quand cette émotion se présente, à quoi vous pousse-t-elle\u00a0? Que se passe-t-il si vous attendez quelques minutes avant d’agir\u00a0?',
      },
    },
    {
      id: 'emotions-kinds-of-tiredness',
      framework: 'emotion-focused',
      intensity: 'light',
      tags: ['energy', 'body'],
      text: {
        en: 'How tired are you, really, from 0 to 10? Is it the tiredness of the body, of the mind, or of the heart?',
        fr: 'Quel est votre niveau de fatigue, vraiment, de 0 à 10\u00a0? Est-ce une fatigue du corps, de l’esprit ou du cœur\u00a0?',
      },
    },
    {
      id: 'emotions-place-of-ease',
      framework: 'mindfulness',
      intensity: 'light',
      tags: ['body', 'grounding'],
      text: {
        en: 'Which part of your body feels most at ease right now, even if it’s only your hands or your feet? Rest your attention there for a moment.',
        fr: 'Quelle partie de votre corps est la plus à l’aise en ce moment, même si ce ne sont que vos mains ou vos pieds\u00a0? Posez-y votre attention un instant.',
      },
    },
    {
      id: 'emotions-shame',
      framework: 'emotion-focused',
      intensity: 'deep',
      tags: ['shame'],
      text: {
        en: 'Shame often makes us want to hide. Is there something you feel ashamed of that you could write about here, only for yourself?',
        fr: 'La honte donne souvent envie de se cacher. Y a-t-il quelque chose qui vous fait honte et dont vous pourriez parler ici, pour vous seulement\u00a0?',
      },
      followUp: {
        en: 'If someone you care about told you this, how would you respond to them?',
        fr: 'Si une personne qui vous est chère vous confiait cela, que lui répondriez-vous\u00a0?',
      },
    },
    {
      id: 'emotions-worry-prediction',
      framework: 'cbt',
      intensity: 'medium',
      tags: ['anxiety', 'thoughts'],
      text: {
        en: 'What is your worry predicting will happen? How likely does it feel, and how likely does it seem when you look at the facts?',
        fr: 'Que prédit votre inquiétude\u00a0? À quel point cela vous semble-t-il probable, et à quel point l’est-ce au vu des faits\u00a0?',
      },
    },
    {
      id: 'emotions-room-for-sadness',
      framework: 'emotion-focused',
      intensity: 'medium',
      tags: ['sadness'],
      text: {
        en: 'What makes you sad at the moment, even a little? What would it be like to give that sadness some room?',
        fr: 'Qu’est-ce qui vous rend triste en ce moment, même un peu\u00a0? Que se passerait-il si vous laissiez un peu de place à cette tristesse\u00a0?',
      },
    },
    {
      id: 'emotions-joy-in-body',
      framework: 'emotion-focused',
      intensity: 'light',
      tags: ['body', 'joy'],
      text: {
        en: 'Recall a recent moment of joy or lightness. Where did you feel it in your body? Can you find a trace of it now?',
        fr: 'Rappelez-vous un moment récent de joie ou de légèreté. Où l’avez-vous ressenti dans votre corps\u00a0? En retrouvez-vous une trace maintenant\u00a0?',
      },
    },
    {
      id: 'emotions-sleep-appetite-movement',
      framework: 'reflective-journaling',
      intensity: 'light',
      tags: ['body', 'sleep', 'weekly'],
      text: {
        en: 'How have your sleep, appetite and movement been this week? What links do you notice with your mood?',
        fr: 'Comment se sont passés votre sommeil, votre appétit et votre activité physique cette semaine\u00a0? Quels liens remarquez-vous avec votre humeur\u00a0?',
      },
    },
    {
      id: 'emotions-numbness',
      framework: 'emotion-focused',
      intensity: 'deep',
      tags: ['numbness'],
      text: {
        en: 'Sometimes we feel very little, flat or far away from everything. If that is the case today, describe what this numbness is like, and since when it has been there.',
        fr: 'Il arrive de ne presque rien ressentir, comme à distance de tout. Si c’est le cas aujourd’hui, décrivez cet engourdissement, et depuis quand il est là.',
      },
      followUp: {
        en: 'If it has lasted a while, it may be worth mentioning to a doctor or therapist. Who could you tell?',
        fr: 'S’il dure depuis un moment, il peut être utile de l’évoquer en consultation médicale ou en thérapie. À qui pourriez-vous en parler\u00a0?',
      },
    },
    {
      id: 'emotions-comfort-senses',
      framework: 'mindfulness',
      intensity: 'light',
      tags: ['comfort'],
      text: {
        en: 'What comforts your senses: a texture, a smell, a sound, a temperature? How could you offer yourself one of these today?',
        fr: 'Qu’est-ce qui réconforte vos sens\u00a0: une texture, une odeur, un son, une température\u00a0? Comment pourriez-vous vous en offrir un aujourd’hui\u00a0?',
      },
    },
    {
      id: 'emotions-envy-as-signal',
      framework: 'emotion-focused',
      intensity: 'medium',
      tags: ['jealousy', 'values'],
      text: {
        en: 'Envy and jealousy can point to what we long for. Is there something you envy at the moment? What does it say about what matters to you?',
        fr: 'L’envie et la jalousie peuvent indiquer ce qui nous manque. Enviez-vous quelque chose en ce moment\u00a0? Qu’est-ce que cela dit de ce qui compte pour vous\u00a0?',
      },
    },
    {
      id: 'emotions-hand-on-body',
      framework: 'self-compassion',
      intensity: 'light',
      tags: ['body', 'comfort'],
      text: {
        en: 'Place a hand somewhere that feels comforting: your chest, your cheek, your arm. What do you notice? What would your body like to hear from you?',
        fr: 'Posez une main là où c’est réconfortant\u00a0: la poitrine, la joue, le bras. Que remarquez-vous\u00a0? Qu’aimerait entendre votre corps de votre part\u00a0?',
      },
    },
    {
      id: 'emotions-sore-spot',
      framework: 'emotion-focused',
      intensity: 'deep',
      tags: ['history'],
      text: {
        en: 'Did something today touch a sore spot? What was it, and what older memory does it echo, if any?',
        fr: 'Quelque chose a-t-il touché un point sensible aujourd’hui\u00a0? De quoi s’agissait-il, et quel souvenir plus ancien cela fait-il résonner, s’il y en a un\u00a0?',
      },
    },
    {
      id: 'emotions-name-the-fear',
      framework: 'emotion-focused',
      intensity: 'medium',
      tags: ['anxiety'],
      text: {
        en: 'What are you afraid of at the moment, big or small? Write the fear in one sentence, then what you feel is at stake.',
        fr: 'De quoi avez-vous peur en ce moment, que ce soit grand ou petit\u00a0? Écrivez cette peur en une phrase, puis ce qui est en jeu selon vous.',
      },
    },
    {
      id: 'emotions-pain-and-mood',
      framework: 'emotion-focused',
      intensity: 'medium',
      tags: ['body', 'health'],
      text: {
        en: 'If you live with pain or illness, how does it shape your mood today? What would you like others to understand about it?',
        fr: 'Si vous vivez avec une douleur ou une maladie, comment influence-t-elle votre humeur aujourd’hui\u00a0? Qu’aimeriez-vous que les autres en comprennent\u00a0?',
      },
    },
    {
      id: 'emotions-relief',
      framework: 'emotion-focused',
      intensity: 'light',
      text: {
        en: 'When did you last feel relief? What had been weighing on you just before it came?',
        fr: 'Quand avez-vous ressenti du soulagement pour la dernière fois\u00a0? Qu’est-ce qui pesait sur vous juste avant\u00a0?',
      },
    },
  ],
};
