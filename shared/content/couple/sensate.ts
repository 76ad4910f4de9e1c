import { z } from 'zod';

/**
 * The sensate focus programme (CONTENT.md, "Sensate focus (Masters & Johnson)"): staged touch
 * with no goal, moving on only when both partners say they are ready, or as their therapist
 * sets it. Our own wording, for any genders, orientations and bodies: no stage assumes
 * penetration or aims at orgasm, and the words for body parts stay general ("chest",
 * "genitals") so they fit every body.
 *
 * Stage ids are stored in the couple space (a session records the stage it was for): keep them
 * stable; add stages at the end.
 */
export const SENSATE_STAGE_IDS = [
  'turns-body',
  'turns-whole-body',
  'together',
  'closeness',
  'your-own-pace',
] as const;
export type SensateStageId = (typeof SENSATE_STAGE_IDS)[number];

const Text = z.string().min(3).max(600);

export const SensateStageTextSchema = z
  .object({
    title: z.string().min(3).max(80),
    /** What to do, in a few calm sentences. */
    what: Text,
    /** A duration hint, not a rule. */
    duration: Text,
    /** What to pay attention to. */
    notice: Text,
  })
  .strict();
export type SensateStageText = z.infer<typeof SensateStageTextSchema>;

export const SensateLanguageSchema = z
  .object({
    framework: Text,
    /** The "no intercourse, no goal" agreement, explained kindly. */
    agreement: Text,
    stages: z.record(z.enum(SENSATE_STAGE_IDS), SensateStageTextSchema),
  })
  .strict();
export type SensateLanguage = z.infer<typeof SensateLanguageSchema>;

export const SENSATE_PROGRAMME: Readonly<Record<'en' | 'fr', SensateLanguage>> = {
  en: {
    framework:
      'Sensate focus (Masters & Johnson), as sex therapists use it today: touch in stages, with no goal, moving on only when both of you are ready, or as your therapist sets it.',
    agreement:
      'For the length of the programme, you agree to leave intercourse and orgasm aside. It is not a rule against pleasure: it takes away the pressure to get somewhere, so your attention can rest on touch. If arousal or orgasm comes, that is fine too. Simply come back to what you feel.',
    stages: {
      'turns-body': {
        title: 'Taking turns, the body without chest or genitals',
        what: 'One of you touches, the other receives, then you swap. Touch for your own curiosity, not to please: the face, arms, back, legs, feet. Chest, breasts and genitals are left out for now. The one receiving says, or shows with a hand, if something is unpleasant.',
        duration: 'About 15 to 20 minutes each, two or three times a week.',
        notice:
          'Temperature, texture, pressure, how touch changes from one place to another. When your mind drifts to how you are doing, gently bring it back to your hand or your skin.',
      },
      'turns-whole-body': {
        title: 'Taking turns, the whole body',
        what: 'Still one at a time. Chest, breasts and genitals may now be touched, in the same way as the rest of the body: with curiosity, no goal. The one receiving can place a hand on the other’s hand to show a pressure or a pace they like.',
        duration: 'About 20 minutes each.',
        notice:
          'Arousal may come and go; both are fine. Notice when you start to watch yourself or your partner instead of feeling, and come back to the touch.',
      },
      together: {
        title: 'Touching each other at the same time',
        what: 'Both of you touch and are touched at once, over the whole body. There is nothing to reach. Take breaks, slow down, go back to taking turns whenever one of you wishes.',
        duration: 'About 20 to 30 minutes.',
        notice:
          'What it is like to give and receive at the same time. Where your attention goes, and how you bring it back to sensation.',
      },
      closeness: {
        title: 'Closeness with more of your bodies',
        what: 'If you both wish, bring more of your bodies into contact: lying skin against skin, genitals against each other’s body, moving slowly. Still no goal and no intercourse: this stage is about feeling close without having to perform.',
        duration: 'As long as it feels good, often 20 to 30 minutes.',
        notice:
          'What feels safe and what feels like too much. Any pressure you feel to go further: name it, and let it pass.',
      },
      'your-own-pace': {
        title: 'At your own pace, together',
        what: 'You talk about what you would each like to bring back into your intimate life, including any kind of sex you both want, or none. If you choose to lift the agreement, do it together, and keep the same attention to sensation. Going back to an earlier stage is always possible.',
        duration: 'No set length.',
        notice:
          'What you learned in the earlier stages: how you each like to be touched, how you signal yes, slower, or stop.',
      },
    },
  },
  fr: {
    framework:
      'Sensate focus (Masters et Johnson), tel que les sexothérapeutes le pratiquent aujourd’hui\u00a0: un toucher par étapes, sans but, en passant à la suivante seulement quand chaque partenaire s’y sent prêt·e, ou comme votre thérapeute l’a fixé.',
    agreement:
      'Pendant le programme, vous convenez de laisser de côté la pénétration et l’orgasme. Ce n’est pas une règle contre le plaisir\u00a0: cela enlève la pression d’arriver quelque part, pour que l’attention puisse se poser sur le toucher. Si de l’excitation ou un orgasme vient, c’est très bien aussi. Revenez simplement à ce que vous ressentez.',
    stages: {
      'turns-body': {
        title: 'À tour de rôle, le corps sans la poitrine ni le sexe',
        what: 'Une personne touche, l’autre reçoit, puis vous échangez. Touchez par curiosité, pas pour faire plaisir\u00a0: le visage, les bras, le dos, les jambes, les pieds. La poitrine, les seins et le sexe sont laissés de côté pour l’instant. La personne qui reçoit dit, ou montre de la main, si quelque chose est désagréable.',
        duration: 'Environ 15 à 20 minutes par personne, deux ou trois fois par semaine.',
        notice:
          'La température, la texture, la pression, ce qui change d’un endroit à l’autre. Quand votre esprit part vers «\u00a0comment je m’en sors\u00a0», ramenez-le doucement à votre main ou à votre peau.',
      },
      'turns-whole-body': {
        title: 'À tour de rôle, tout le corps',
        what: 'Toujours à tour de rôle. La poitrine, les seins et le sexe peuvent maintenant être touchés, comme le reste du corps\u00a0: avec curiosité, sans but. La personne qui reçoit peut poser sa main sur celle de l’autre pour montrer une pression ou un rythme qu’elle aime.',
        duration: 'Environ 20 minutes par personne.',
        notice:
          'L’excitation peut venir et repartir\u00a0; les deux sont normaux. Remarquez quand vous commencez à vous observer ou à observer l’autre au lieu de ressentir, et revenez au toucher.',
      },
      together: {
        title: 'Se toucher en même temps',
        what: 'Vous vous touchez mutuellement, en même temps, sur tout le corps. Il n’y a rien à atteindre. Faites des pauses, ralentissez, revenez au tour de rôle dès qu’une personne le souhaite.',
        duration: 'Environ 20 à 30 minutes.',
        notice:
          'Ce que cela fait de donner et de recevoir en même temps. Où part votre attention, et comment vous la ramenez aux sensations.',
      },
      closeness: {
        title: 'Plus de proximité entre vos corps',
        what: 'Si chaque partenaire le souhaite, mettez davantage vos corps en contact\u00a0: peau contre peau, le sexe contre le corps de l’autre, en bougeant lentement. Toujours sans but et sans pénétration\u00a0: cette étape sert à se sentir proches sans avoir à performer.',
        duration: 'Le temps qui vous fait du bien, souvent 20 à 30 minutes.',
        notice:
          'Ce qui paraît sûr et ce qui paraît trop. Toute pression que vous sentez pour aller plus loin\u00a0: nommez-la, et laissez-la passer.',
      },
      'your-own-pace': {
        title: 'À votre rythme, ensemble',
        what: 'Vous parlez de ce que chaque partenaire aimerait ramener dans votre vie intime, y compris toute forme de sexualité que vous désirez ensemble, ou aucune. Si vous choisissez de lever l’accord, faites-le ensemble, en gardant la même attention aux sensations. Revenir à une étape précédente est toujours possible.',
        duration: 'Pas de durée fixée.',
        notice:
          'Ce que vous avez appris aux étapes précédentes\u00a0: comment chaque partenaire aime être touché·e, comment vous dites oui, plus doucement, ou stop.',
      },
    },
  },
};

export const SENSATE_STAGE_COUNT = SENSATE_STAGE_IDS.length;
