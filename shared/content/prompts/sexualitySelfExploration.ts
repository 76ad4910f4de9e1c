import { type PromptPack } from './schema';

// Sexuality and intimacy, for private self-exploration (sexology): responsive and spontaneous desire
// (Basson), accelerators and brakes (dual control), yes/no/maybe lists, consent, body image, pleasure in a
// broad sense, personal history, and what one might want to say to a partner or a therapist.
// Everything here is optional. No prompt assumes a partner, being sexually active, a gender, an orientation
// or any particular kind of sex; having little or no desire, or no interest in sex or romance, is a valid
// answer (asexual and aromantic readers included). The pack is `sensitive`: the UI asks before showing it.

/** Gentle, optional prompts about desire, boundaries, consent, body and pleasure. */
export const SEXUALITY_SELF_EXPLORATION_PACK: PromptPack = {
  id: 'sexuality-self-exploration',
  version: 1,
  schemaVersion: 1,
  name: { en: 'Sexuality and intimacy', fr: 'Sexualité et intimité' },
  description: {
    en: 'Entirely optional prompts about desire, boundaries, consent, body image, pleasure and your history, whether or not sex or romance is part of your life. Skip anything, stop at any time; if something painful comes up, the help screen is one click away.',
    fr: 'Des questions entièrement facultatives sur le désir, les limites, le consentement, l’image du corps, le plaisir et votre histoire, que la sexualité ou les relations amoureuses aient une place dans votre vie ou non. Passez ce que vous voulez, arrêtez quand vous voulez\u00a0; si quelque chose de douloureux remonte, l’écran d’aide est à un clic.',
  },
  framework: 'sex-therapy',
  sensitive: true,
  prompts: [
    {
      id: 'sexuality-starting-point',
      framework: 'sex-therapy',
      intensity: 'light',
      text: {
        en: 'This space is yours, and every prompt here is optional. How do you feel about exploring sexuality and intimacy in writing: curious, hesitant, uninterested, something else? Every answer is fine.',
        fr: 'Cet espace vous appartient, et chaque question ici est facultative. Que ressentez-vous à l’idée d’explorer la sexualité et l’intimité par écrit\u00a0: de la curiosité, de l’hésitation, du désintérêt, autre chose\u00a0? Toutes les réponses sont valables.',
      },
    },
    {
      id: 'sexuality-what-the-words-mean',
      framework: 'sex-therapy',
      intensity: 'light',
      text: {
        en: 'What do the words “intimacy” and “sexuality” mean to you? They mean very different things to different people, sometimes not much at all.',
        fr: 'Que signifient pour vous les mots «\u00a0intimité\u00a0» et «\u00a0sexualité\u00a0»\u00a0? Ils ont des sens très différents selon les personnes, et parfois pas grand-chose.',
      },
    },
    {
      id: 'sexuality-shape-of-desire',
      framework: 'sex-therapy',
      intensity: 'medium',
      tags: ['desire'],
      text: {
        en: 'Desire can be frequent, rare, absent, changeable, or appear only in certain contexts, and none of these is a problem in itself. How would you describe yours, in your own words?',
        fr: 'Le désir peut être fréquent, rare, absent, changeant, ou n’apparaître que dans certains contextes, et rien de tout cela n’est un problème en soi. Comment décririez-vous le vôtre, avec vos propres mots\u00a0?',
      },
    },
    {
      id: 'sexuality-responsive-desire',
      framework: 'sex-therapy',
      intensity: 'medium',
      tags: ['desire'],
      text: {
        en: 'For some people desire comes first; for others it appears only once they feel close, relaxed or touched. Which sounds more like you, if either does?',
        fr: 'Chez certaines personnes, le désir vient d’abord\u00a0; chez d’autres, il n’apparaît qu’une fois la proximité, la détente ou le contact installés. Laquelle de ces descriptions vous ressemble le plus, si l’une d’elles vous parle\u00a0?',
      },
    },
    {
      id: 'sexuality-accelerators',
      framework: 'sex-therapy',
      intensity: 'light',
      tags: ['desire', 'accelerators'],
      text: {
        en: 'What tends to spark your interest or make you feel open: a setting, a mood, being rested, feeling safe, a kind of touch, a kind of conversation?',
        fr: 'Qu’est-ce qui a tendance à éveiller votre intérêt ou à vous rendre plus disponible\u00a0: un lieu, une ambiance, du repos, un sentiment de sécurité, un type de contact, un type de conversation\u00a0?',
      },
    },
    {
      id: 'sexuality-brakes',
      framework: 'sex-therapy',
      intensity: 'medium',
      tags: ['desire', 'brakes'],
      text: {
        en: 'What tends to put the brakes on: stress, tiredness, worries about your body, pressure, past experiences, distractions? Notice them without blaming yourself.',
        fr: 'Qu’est-ce qui a tendance à freiner\u00a0: le stress, la fatigue, des inquiétudes sur votre corps, la pression, des expériences passées, les distractions\u00a0? Remarquez-les sans vous le reprocher.',
      },
    },
    {
      id: 'sexuality-ace-aro-closeness',
      framework: 'sex-therapy',
      intensity: 'light',
      tags: ['asexual', 'aromantic', 'closeness'],
      text: {
        en: 'If sexual or romantic attraction isn’t part of your life, or rarely is, how do you experience closeness, affection or pleasure in other ways? What do you wish others understood?',
        fr: 'Si l’attirance sexuelle ou romantique ne fait pas partie de votre vie, ou rarement, comment vivez-vous la proximité, l’affection ou le plaisir autrement\u00a0? Qu’aimeriez-vous que les autres comprennent\u00a0?',
      },
    },
    {
      id: 'sexuality-words-that-fit',
      framework: 'sex-therapy',
      intensity: 'light',
      tags: ['identity'],
      text: {
        en: 'Are there words for your orientation, identity or way of relating that feel like yours, or does none fit? How do you feel about labels in general?',
        fr: 'Existe-t-il des mots pour votre orientation, votre identité ou votre façon d’entrer en relation qui vous ressemblent, ou aucun ne convient-il\u00a0? Quel est votre rapport aux étiquettes en général\u00a0?',
      },
    },
    {
      id: 'sexuality-body-image',
      framework: 'sex-therapy',
      intensity: 'medium',
      tags: ['body-image'],
      text: {
        en: 'How do you feel in your body when you think about intimacy, on your own or with someone? Which parts of you are you at ease with, and which do you hide?',
        fr: 'Comment vous sentez-vous dans votre corps quand vous pensez à l’intimité, en solitaire ou avec quelqu’un\u00a0? Avec quelles parties de vous êtes-vous à l’aise, et lesquelles cachez-vous\u00a0?',
      },
    },
    {
      id: 'sexuality-pleasure-in-general',
      framework: 'mindfulness',
      intensity: 'light',
      tags: ['pleasure', 'body'],
      text: {
        en: 'Pleasure isn’t only sexual. Which sensations do you enjoy: warmth, water, textures, being held, moving, resting? What do they tell you about what your body likes?',
        fr: 'Le plaisir n’est pas seulement sexuel. Quelles sensations appréciez-vous\u00a0: la chaleur, l’eau, certaines textures, être dans les bras de quelqu’un, bouger, vous reposer\u00a0? Que vous disent-elles de ce que votre corps aime\u00a0?',
      },
    },
    {
      id: 'sexuality-yes-no-maybe',
      framework: 'sex-therapy',
      intensity: 'medium',
      tags: ['boundaries', 'yes-no-maybe'],
      text: {
        en: 'Make a private yes, no and maybe list: kinds of touch, closeness or activities you would welcome, would refuse, or might consider under certain conditions. The list can change at any time.',
        fr: 'Faites une liste privée de oui, de non et de peut-être\u00a0: les formes de contact, de proximité ou d’activités que vous accueilleriez, refuseriez, ou envisageriez sous certaines conditions. Cette liste peut changer à tout moment.',
      },
    },
    {
      id: 'sexuality-consent-felt',
      framework: 'sex-therapy',
      intensity: 'medium',
      tags: ['consent'],
      text: {
        en: 'What does consent look and feel like for you, beyond a single yes? How do you know, in your body, that something is a real yes?',
        fr: 'À quoi ressemble le consentement pour vous, au-delà d’un simple oui\u00a0? Comment savez-vous, dans votre corps, que quelque chose est un vrai oui\u00a0?',
      },
    },
    {
      id: 'sexuality-saying-no',
      framework: 'sex-therapy',
      intensity: 'medium',
      tags: ['consent', 'boundaries'],
      text: {
        en: 'How easy is it for you to say no, stop or not now, and to hear it from someone else? What makes it easier?',
        fr: 'Est-il facile pour vous de dire non, stop ou pas maintenant, et de l’entendre de la part de quelqu’un d’autre\u00a0? Qu’est-ce qui rend cela plus facile\u00a0?',
      },
    },
    {
      id: 'sexuality-boundaries-over-time',
      framework: 'sex-therapy',
      intensity: 'light',
      tags: ['boundaries'],
      text: {
        en: 'Which of your boundaries have changed over time? What allowed you to notice?',
        fr: 'Lesquelles de vos limites ont évolué avec le temps\u00a0? Qu’est-ce qui vous a permis de le remarquer\u00a0?',
      },
    },
    {
      id: 'sexuality-messages-growing-up',
      framework: 'sex-therapy',
      intensity: 'deep',
      tags: ['history'],
      text: {
        en: 'What messages about sexuality, bodies and desire did you pick up growing up, from family, school, religion, friends, media? Which do you still carry, and which would you like to put down?',
        fr: 'Quels messages sur la sexualité, le corps et le désir avez-vous reçus en grandissant, de la famille, de l’école, de la religion, des amitiés, des médias\u00a0? Lesquels portez-vous encore, et lesquels aimeriez-vous déposer\u00a0?',
      },
    },
    {
      id: 'sexuality-shaping-experience',
      framework: 'sex-therapy',
      intensity: 'deep',
      tags: ['history'],
      text: {
        en: 'If you want to, write about an experience that shaped how you relate to intimacy today, pleasant or difficult. Go only as far as feels bearable; you can stop at any point.',
        fr: 'Si vous le souhaitez, écrivez sur une expérience qui a façonné votre rapport actuel à l’intimité, agréable ou difficile. N’allez que jusqu’où c’est supportable\u00a0; vous pouvez vous arrêter à tout moment.',
      },
      followUp: {
        en: 'If something that happened without your full consent comes up: it was not your fault, and you deserve support. The help screen lists people to talk to, and therapy can help.',
        fr: 'Si quelque chose qui s’est passé sans votre plein consentement remonte\u00a0: ce n’était pas votre faute, et vous méritez du soutien. L’écran d’aide indique des personnes à qui parler, et une thérapie peut aider.',
      },
    },
    {
      id: 'sexuality-watching-yourself',
      framework: 'sex-therapy',
      intensity: 'medium',
      tags: ['spectatoring'],
      text: {
        en: 'In intimate moments, on your own or shared, do you sometimes watch or judge yourself from the outside instead of feeling? What brings you back to sensation?',
        fr: 'Dans les moments intimes, vécus en solitaire ou partagés, vous arrive-t-il de vous observer ou de vous juger de l’extérieur au lieu de ressentir\u00a0? Qu’est-ce qui vous ramène aux sensations\u00a0?',
      },
    },
    {
      id: 'sexuality-touch-without-goal',
      framework: 'mindfulness',
      intensity: 'light',
      tags: ['pleasure', 'body'],
      text: {
        en: 'What would it be like to approach touch, with someone else or with yourself, with no goal at all, just curiosity about what feels pleasant, neutral or unpleasant?',
        fr: 'Qu’est-ce que cela ferait d’aborder le contact physique, avec une autre personne ou avec vous-même, sans aucun objectif, juste avec curiosité pour ce qui est agréable, neutre ou désagréable\u00a0?',
      },
    },
    {
      id: 'sexuality-self-pleasure',
      framework: 'sex-therapy',
      intensity: 'medium',
      tags: ['pleasure'],
      text: {
        en: 'How do you relate to self-pleasure: at ease, indifferent, conflicted, curious, not interested? Where does that feeling come from?',
        fr: 'Quel est votre rapport au plaisir solitaire\u00a0: de l’aisance, de l’indifférence, des tiraillements, de la curiosité, aucun intérêt\u00a0? D’où vient ce ressenti\u00a0?',
      },
    },
    {
      id: 'sexuality-to-say-to-a-partner',
      framework: 'communication',
      intensity: 'medium',
      tags: ['partners', 'communication'],
      text: {
        en: 'If you share intimacy with one or more people, is there something about it you’d like to tell them but haven’t yet? Write it here first, as clumsily as you need.',
        fr: 'Si vous partagez votre intimité avec une ou plusieurs personnes, y a-t-il quelque chose à ce sujet que vous aimeriez leur dire sans l’avoir encore fait\u00a0? Écrivez-le d’abord ici, aussi maladroitement que nécessaire.',
      },
    },
    {
      id: 'sexuality-to-say-to-a-therapist',
      framework: 'therapy-bridge',
      intensity: 'medium',
      tags: ['therapy'],
      text: {
        en: 'Is there something about sexuality or intimacy you’d like to bring up in therapy, with a sex therapist or with a doctor, but find hard to say? Write the first sentence you could use.',
        fr: 'Y a-t-il un sujet lié à la sexualité ou à l’intimité que vous aimeriez aborder en thérapie, en sexologie ou en consultation médicale, mais qui vous semble difficile à dire\u00a0? Écrivez la première phrase que vous pourriez utiliser.',
      },
    },
    {
      id: 'sexuality-discomfort-or-pain',
      framework: 'sex-therapy',
      intensity: 'medium',
      tags: ['body', 'health'],
      text: {
        en: 'Has physical discomfort or pain ever been part of intimacy for you? What you feel deserves to be taken seriously: what would you want a health professional to know?',
        fr: 'Une gêne physique ou une douleur a-t-elle déjà fait partie de votre intimité\u00a0? Votre ressenti mérite d’être pris au sérieux\u00a0: que voudriez-vous qu’une personne soignante en sache\u00a0?',
      },
    },
    {
      id: 'sexuality-fantasies',
      framework: 'sex-therapy',
      intensity: 'medium',
      tags: ['desire'],
      text: {
        en: 'Fantasies are thoughts, not plans or obligations, and having none is fine too. If you have some, which feelings or needs do they seem to point to: tenderness, letting go, control, novelty, being seen?',
        fr: 'Les fantasmes sont des pensées, pas des projets ni des obligations, et ne pas en avoir est tout aussi valable. Si vous en avez, vers quels besoins semblent-ils pointer\u00a0: la tendresse, le lâcher-prise, le contrôle, la nouveauté, le regard de l’autre\u00a0?',
      },
    },
    {
      id: 'sexuality-shame-and-guilt',
      framework: 'self-compassion',
      intensity: 'deep',
      tags: ['shame'],
      text: {
        en: 'Is there anything about your desires, or your lack of desire, that you feel shame or guilt about? What would a kinder, more accurate view sound like?',
        fr: 'Y a-t-il quelque chose dans vos désirs, ou dans leur absence, qui vous inspire de la honte ou de la culpabilité\u00a0? À quoi ressemblerait un regard plus doux et plus juste\u00a0?',
      },
    },
    {
      id: 'sexuality-safe-enough',
      framework: 'sex-therapy',
      intensity: 'light',
      tags: ['safety', 'closeness'],
      text: {
        en: 'What do you need in order to feel safe enough to be close to someone, physically or emotionally?',
        fr: 'De quoi avez-vous besoin pour vous sentir suffisamment en sécurité pour être proche de quelqu’un, physiquement ou émotionnellement\u00a0?',
      },
    },
    {
      id: 'sexuality-life-changes',
      framework: 'sex-therapy',
      intensity: 'medium',
      tags: ['desire', 'health'],
      text: {
        en: 'How have your desire and your relationship to intimacy changed with life events: health, medication, stress, parenthood, age, grief, transition? Change is common.',
        fr: 'Comment votre désir et votre rapport à l’intimité ont-ils évolué au gré des événements de la vie\u00a0: santé, traitements, stress, parentalité, âge, deuil, transition\u00a0? Le changement est fréquent.',
      },
    },
    {
      id: 'sexuality-differing-wishes',
      framework: 'communication',
      intensity: 'medium',
      tags: ['partners', 'communication'],
      text: {
        en: 'If you share intimacy with someone, where do your wishes meet and where do they differ? How could you talk about the differences without anyone feeling in the wrong?',
        fr: 'Si vous partagez votre intimité avec quelqu’un, où vos envies se rejoignent-elles, et où diffèrent-elles\u00a0? Comment pourriez-vous parler des différences sans que personne ne se sente en tort\u00a0?',
      },
    },
    {
      id: 'sexuality-care-afterwards',
      framework: 'sex-therapy',
      intensity: 'light',
      tags: ['closeness'],
      text: {
        en: 'After a moment of intimacy, on your own or shared, what helps you feel cared for: a conversation, quiet, a hug, space, humour?',
        fr: 'Après un moment d’intimité, vécu en solitaire ou partagé, qu’est-ce qui vous fait du bien\u00a0: une conversation, du calme, un câlin, de l’espace, de l’humour\u00a0?',
      },
    },
    {
      id: 'sexuality-gender-and-body',
      framework: 'sex-therapy',
      intensity: 'medium',
      tags: ['identity', 'body-image'],
      text: {
        en: 'How does your gender, however you understand it, shape how you feel in your body and in intimacy? Is there anything you would like to feel freer to express?',
        fr: 'Comment votre genre, quelle que soit la façon dont vous le vivez, influence-t-il votre ressenti dans votre corps et dans l’intimité\u00a0? Y a-t-il quelque chose que vous aimeriez exprimer plus librement\u00a0?',
      },
    },
    {
      id: 'sexuality-closing',
      framework: 'sex-therapy',
      intensity: 'light',
      text: {
        en: 'Looking back at what you have written about intimacy, what do you want to remember, and what would you rather leave aside for now?',
        fr: 'En relisant ce que vous avez écrit sur l’intimité, que souhaitez-vous retenir, et que préférez-vous laisser de côté pour l’instant\u00a0?',
      },
    },
  ],
};
