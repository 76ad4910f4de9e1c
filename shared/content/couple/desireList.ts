import { z } from 'zod';

/**
 * The yes / no / maybe desire list (CONTENT.md, "Desire (sexology)"): each partner answers
 * privately; only mutual yes and yes/maybe overlaps are ever shown. Our own wording, for any
 * genders, orientations and bodies: nothing assumes penetrative sex, and every item is
 * something two people choose together, with a stop always possible.
 *
 * The ids are part of the sealed answers (electron/core/couple/sameMachineDesires.ts binds a
 * list to the digest of its ids): changing, adding or reordering ids makes a new version of the
 * list, and answers given to the old one are not matched against it.
 */
export const DESIRE_GROUPS = ['affection', 'touch', 'talking', 'play', 'boundaries'] as const;
export type DesireGroup = (typeof DESIRE_GROUPS)[number];

const ItemIdSchema = z.string().regex(/^[a-z][a-z0-9-]{1,40}$/);
const TextSchema = z.string().min(3).max(160);

export const DesireItemSchema = z
  .object({ id: ItemIdSchema, group: z.enum(DESIRE_GROUPS), en: TextSchema, fr: TextSchema })
  .strict();
export type DesireItem = z.infer<typeof DesireItemSchema>;

export const DesireListSchema = z
  .object({
    /** Bumped with any change to the ids. */
    version: z.literal(1),
    framework: z.object({ en: z.string().min(3).max(400), fr: z.string().min(3).max(400) }).strict(),
    groups: z.record(z.enum(DESIRE_GROUPS), z.object({ en: TextSchema, fr: TextSchema }).strict()),
    items: z.array(DesireItemSchema).min(10).max(80),
  })
  .strict()
  .superRefine((list, ctx) => {
    const ids = new Set<string>();
    for (const item of list.items) {
      if (ids.has(item.id)) ctx.addIssue({ code: 'custom', message: `repeated id ${item.id}` });
      ids.add(item.id);
    }
  });
export type DesireList = z.infer<typeof DesireListSchema>;

export const DESIRE_LIST: DesireList = {
  version: 1,
  framework: {
    en: 'Based on the yes / no / maybe lists used in sex therapy, with ideas on responsive desire (Basson) and on what speeds desire up or slows it down (dual control model).',
    fr: 'Inspirée des listes oui / non / peut-être utilisées en sexothérapie, et des idées sur le désir réactif (Basson) et sur ce qui accélère ou freine le désir (modèle du double contrôle).',
  },
  groups: {
    affection: { en: 'Affection and closeness', fr: 'Tendresse et proximité' },
    touch: { en: 'Sensual touch', fr: 'Toucher sensuel' },
    talking: { en: 'Talking and sharing', fr: 'Parler et partager' },
    play: { en: 'Play and novelty', fr: 'Jeu et nouveauté' },
    boundaries: { en: 'Pace, limits and care', fr: 'Rythme, limites et attention' },
  },
  items: [
    {
      id: 'long-hug',
      group: 'affection',
      en: 'Long hugs, without anything having to follow',
      fr: 'De longs câlins, sans que rien n’ait à suivre',
    },
    {
      id: 'holding-hands',
      group: 'affection',
      en: 'Holding hands more often',
      fr: 'Se tenir la main plus souvent',
    },
    {
      id: 'cuddle-asleep',
      group: 'affection',
      en: 'Falling asleep close to each other',
      fr: 'S’endormir tout près de l’autre',
    },
    {
      id: 'morning-kiss',
      group: 'affection',
      en: 'A slow kiss in the morning or when we meet again',
      fr: 'Un baiser lent le matin ou quand on se retrouve',
    },
    {
      id: 'surprise-note',
      group: 'affection',
      en: 'Small notes or messages that say I miss you',
      fr: 'De petits mots ou messages qui disent que l’autre manque',
    },
    {
      id: 'screen-free-evening',
      group: 'affection',
      en: 'An evening together without screens',
      fr: 'Une soirée ensemble sans écrans',
    },
    {
      id: 'massage-back',
      group: 'touch',
      en: 'A back or shoulder massage',
      fr: 'Un massage du dos ou des épaules',
    },
    {
      id: 'massage-feet',
      group: 'touch',
      en: 'A hand or foot massage',
      fr: 'Un massage des mains ou des pieds',
    },
    {
      id: 'stroking-hair',
      group: 'touch',
      en: 'Having my hair or face stroked',
      fr: 'Qu’on me caresse les cheveux ou le visage',
    },
    {
      id: 'slow-touch',
      group: 'touch',
      en: 'Slow touch all over, with no goal',
      fr: 'Des caresses lentes sur tout le corps, sans but',
    },
    {
      id: 'bath-together',
      group: 'touch',
      en: 'A bath or shower together',
      fr: 'Un bain ou une douche à deux',
    },
    {
      id: 'undressing-slowly',
      group: 'touch',
      en: 'Undressing each other slowly',
      fr: 'Se déshabiller mutuellement, lentement',
    },
    { id: 'kissing-long', group: 'touch', en: 'Kissing for a long time', fr: 'S’embrasser longtemps' },
    {
      id: 'oil-lotion',
      group: 'touch',
      en: 'Touch with oil or lotion',
      fr: 'Des caresses avec une huile ou une crème',
    },
    {
      id: 'guiding-hands',
      group: 'touch',
      en: 'Guiding my partner’s hands to show what I like',
      fr: 'Guider les mains de l’autre pour montrer ce que j’aime',
    },
    {
      id: 'mutual-touch',
      group: 'touch',
      en: 'Touching each other intimately at the same time',
      fr: 'Se caresser intimement en même temps',
    },
    {
      id: 'oral-giving',
      group: 'touch',
      en: 'Giving pleasure with my mouth',
      fr: 'Donner du plaisir avec ma bouche',
    },
    {
      id: 'oral-receiving',
      group: 'touch',
      en: 'Receiving pleasure from my partner’s mouth',
      fr: 'Recevoir du plaisir par la bouche de l’autre',
    },
    {
      id: 'talk-likes',
      group: 'talking',
      en: 'Telling each other what we like, in words',
      fr: 'Se dire avec des mots ce qu’on aime',
    },
    {
      id: 'talk-fantasies',
      group: 'talking',
      en: 'Sharing a fantasy, only to talk about it',
      fr: 'Partager un fantasme, seulement pour en parler',
    },
    {
      id: 'compliments-body',
      group: 'talking',
      en: 'Hearing what my partner finds beautiful in me',
      fr: 'Entendre ce que l’autre trouve beau chez moi',
    },
    {
      id: 'talk-during',
      group: 'talking',
      en: 'Saying what feels good while it happens',
      fr: 'Dire ce qui fait du bien pendant que ça se passe',
    },
    {
      id: 'flirty-messages',
      group: 'talking',
      en: 'Flirty messages during the day',
      fr: 'Des messages de séduction dans la journée',
    },
    {
      id: 'talk-after',
      group: 'talking',
      en: 'Talking afterwards about what we felt',
      fr: 'Parler après de ce qu’on a ressenti',
    },
    {
      id: 'read-together',
      group: 'talking',
      en: 'Reading something sensual together',
      fr: 'Lire ensemble un texte sensuel',
    },
    {
      id: 'new-place',
      group: 'play',
      en: 'Being intimate somewhere other than usual',
      fr: 'Être intimes ailleurs que d’habitude',
    },
    {
      id: 'dressing-up',
      group: 'play',
      en: 'Dressing up or wearing something special',
      fr: 'Se déguiser ou porter une tenue particulière',
    },
    {
      id: 'blindfold',
      group: 'play',
      en: 'A blindfold, to focus on touch',
      fr: 'Un bandeau sur les yeux, pour se concentrer sur le toucher',
    },
    { id: 'toys', group: 'play', en: 'Using a sex toy together', fr: 'Utiliser un sextoy ensemble' },
    {
      id: 'taking-turns',
      group: 'play',
      en: 'Taking turns: one gives, the other only receives',
      fr: 'À tour de rôle\u00a0: une personne donne, l’autre ne fait que recevoir',
    },
    {
      id: 'role-play',
      group: 'play',
      en: 'A role play we agree on beforehand',
      fr: 'Un jeu de rôle convenu à l’avance',
    },
    {
      id: 'playful-wrestling',
      group: 'play',
      en: 'Playful tussling or tickling',
      fr: 'Chahuter ou se chatouiller pour jouer',
    },
    {
      id: 'planned-date',
      group: 'boundaries',
      en: 'Planning an intimate evening in advance',
      fr: 'Prévoir une soirée intime à l’avance',
    },
    {
      id: 'spontaneous',
      group: 'boundaries',
      en: 'Letting intimacy happen without planning',
      fr: 'Laisser l’intimité venir sans la prévoir',
    },
    {
      id: 'slow-pace',
      group: 'boundaries',
      en: 'Going much more slowly than usual',
      fr: 'Aller beaucoup plus lentement que d’habitude',
    },
    {
      id: 'stop-word',
      group: 'boundaries',
      en: 'A word or gesture that means stop, no questions asked',
      fr: 'Un mot ou un geste qui veut dire stop, sans question',
    },
    {
      id: 'check-in-during',
      group: 'boundaries',
      en: 'Checking in with each other along the way',
      fr: 'Se demander en chemin si tout va bien',
    },
    {
      id: 'touch-without-sex',
      group: 'boundaries',
      en: 'Times of touch when we agree sex is not on the menu',
      fr: 'Des moments de toucher où l’on convient que le sexe n’est pas au programme',
    },
    {
      id: 'lights-low',
      group: 'boundaries',
      en: 'Low light or darkness',
      fr: 'Une lumière tamisée ou l’obscurité',
    },
  ],
};

export const DESIRE_ITEM_IDS: readonly string[] = DESIRE_LIST.items.map((item) => item.id);
