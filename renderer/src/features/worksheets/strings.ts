/**
 * Strings of the worksheets, mounted under the i18n key `worksheets` (t('worksheets.title')). The
 * names, frameworks and part names come from shared/domain/worksheetText.ts, which the Markdown of
 * a saved worksheet uses too, so the screen and an export say the same thing. French mirrors the
 * English tree exactly (the type below refuses a missing or extra key) and follows French
 * typography: a no-break space (\u00a0) before ; : ! ? and inside « », and ’ for apostrophes.
 * Tone: calm, short sentences, no assumed gender, never a verdict about the person.
 */
import { WORKSHEET_TEXT_EN, WORKSHEET_TEXT_FR } from '../../../../shared/domain/worksheetText';
import type { Translation } from '../../i18n/translation';

export const worksheetsEn = {
  open: 'Worksheets',
  title: 'Worksheets',
  close: 'Close',
  intro:
    'Structured exercises that therapists use, one step at a time. Each one is saved as an entry in your journal, encrypted like the rest, and you can come back to finish or change it later.',
  choose: 'Choose a worksheet',
  start: 'Start',
  startLabel: 'Start: {{name}}',
  basedOn: 'Based on: {{framework}}',
  names: WORKSHEET_TEXT_EN.names,
  frameworks: WORKSHEET_TEXT_EN.frameworks,
  parts: WORKSHEET_TEXT_EN.parts,
  what: {
    'thought-record':
      'Slow down a difficult moment: what happened, what you felt and thought, and a more balanced way to see it.',
    'behavioural-activation':
      'Plan or note an activity that matters to you, and see how it affects your mood, pleasure and sense of mastery.',
    'self-compassion-break':
      'Meet a hard moment with the kindness you would offer a friend, in three short steps.',
    'three-good-things': 'Write down three things that went well, and why they happened.',
    'values-check': 'Pick a part of life, name what matters to you there, and choose one small next step.',
  },
  form: {
    titleLabel: 'Title',
    titlePlaceholder: 'Optional',
    save: 'Save',
    saving: 'Saving…',
    saved: 'Worksheet saved.',
    cancel: 'Cancel',
    notRated: 'not rated',
    percentLabel: '{{label}}, 0 to 100',
    scaleLabel: '{{label}}, 0 to 10',
    empty: 'Write something in at least one part first.',
    areaNone: 'Not chosen',
  },
  thoughtRecord: {
    situationHint:
      'Where were you, with whom, what was happening? Just the facts, as a camera would see them.',
    emotionsHint: 'Name what you felt, and how strong it was from 0 to 100.',
    feelingLabel: 'Name a feeling',
    feelingHint: 'Pick a word from the list, or use your own.',
    addFeeling: 'Add',
    strength: 'Strength of {{name}}',
    removeFeeling: 'Remove {{name}}',
    thoughtsHint:
      'What went through your mind? Say how much you believed each thought, from 0 to 100%, and mark the one that carries the most feeling.',
    thoughtLabel: 'Thought {{n}}',
    believed: 'Belief in thought {{n}}',
    balancedBelieved: 'Belief in the balanced thought',
    hotLabel: 'Thought {{n}} is the hot thought',
    addThought: 'Add a thought',
    removeThought: 'Remove thought {{n}}',
    trapsHint: 'Do any of these habits of thought show up here? Tick those that fit; none is fine too.',
    evidenceForHint: 'Facts that support the hot thought.',
    evidenceAgainstHint: 'Facts that do not fit with it. What might a good friend point out?',
    balancedHint: 'A thought that takes all of it into account.',
    rerateHeading: 'Your feelings now',
    rerateHint: 'After writing all this, how strong is each feeling, from 0 to 100?',
    rerateEmpty: 'Name a feeling above to rate it again here.',
    now: '{{name}} now',
  },
  activation: {
    activityHint: 'Something small and doable that matters to you or could bring some pleasure.',
    statusLegend: 'Planned or done?',
    whenHint: 'A day, and a time if you like.',
    ratingsHint:
      'Pleasure is how much you enjoyed it; mastery, how much you felt you achieved something, however small. For mood, 0 is very low and 10 very good.',
  },
  compassion: {
    situationHint: 'What is happening, in a few words.',
    whatIsHardHint:
      'Mindfulness: name what you feel, as it is, without judging it. For example: “This is really hard right now.”',
    othersFeelThisHint:
      'Common humanity: many people go through moments like this one. You are not alone in it.',
    kindWordsHint: 'Kindness: what would you say to a good friend in your place? Write it to yourself.',
    kindActionHint: 'Something small you could do for yourself, now or today.',
    distressHint: '0 is no distress at all, 10 the most you can imagine.',
  },
  goodThings: {
    hint: 'Three things that went well, big or small, and why they happened. Noticing your own part in them counts.',
    what: 'What went well?',
    why: 'Why did it happen? What was your part in it?',
  },
  values: {
    valueHint: 'A value is a direction rather than a goal: for example, being caring, curious or fair.',
    ratingsHint:
      'How much this matters to you, and how closely your recent days followed it. A gap is information, not a failure.',
    nextStepHint: 'One small, concrete step in that direction.',
    barrierHint: 'What may get in the way, and how you could meet it.',
  },
  filter: {
    label: 'Show',
    everything: 'All entries',
    worksheets: 'All worksheets',
    sessions: 'Breathing and grounding sessions',
    byFramework: 'By approach',
    byKind: 'By worksheet',
    byPack: 'By prompt pack',
    emptyPack: 'Nothing written from this pack yet.',
    frameworks: {
      cbt: 'Cognitive behavioural therapy',
      'self-compassion': 'Self-compassion',
      'positive-psychology': 'Positive psychology',
      'act-values': 'Acceptance and commitment therapy',
    },
    empty: 'No worksheet of this kind yet.',
    noSessions: 'No breathing or grounding session saved yet.',
  },
  view: {
    edit: 'Edit',
    delete: 'Delete',
    hot: 'hot thought',
    after: 'after',
  },
};

type WorksheetsStrings = Translation<typeof worksheetsEn>;

export const worksheetsFr: WorksheetsStrings = {
  open: 'Fiches',
  title: 'Fiches d’exercices',
  close: 'Fermer',
  intro:
    'Des exercices structurés qu’utilisent les thérapeutes, une étape après l’autre. Chacun est enregistré comme une entrée de votre journal, chiffrée comme le reste, et vous pouvez y revenir pour le terminer ou le modifier.',
  choose: 'Choisir une fiche',
  start: 'Commencer',
  startLabel: 'Commencer\u00a0: {{name}}',
  basedOn: 'Inspiré de\u00a0: {{framework}}',
  names: WORKSHEET_TEXT_FR.names,
  frameworks: WORKSHEET_TEXT_FR.frameworks,
  parts: WORKSHEET_TEXT_FR.parts,
  what: {
    'thought-record':
      'Ralentir sur un moment difficile\u00a0: ce qui s’est passé, ce que vous avez ressenti et pensé, et une façon plus nuancée de le voir.',
    'behavioural-activation':
      'Prévoir ou noter une activité qui compte pour vous, et voir son effet sur l’humeur, le plaisir et le sentiment de maîtrise.',
    'self-compassion-break':
      'Accueillir un moment difficile avec la bienveillance que vous offririez à une personne amie, en trois courtes étapes.',
    'three-good-things': 'Noter trois choses qui se sont bien passées, et pourquoi.',
    'values-check':
      'Choisir un domaine de vie, nommer ce qui compte pour vous et choisir un petit pas dans cette direction.',
  },
  form: {
    titleLabel: 'Titre',
    titlePlaceholder: 'Facultatif',
    save: 'Enregistrer',
    saving: 'Enregistrement…',
    saved: 'Fiche enregistrée.',
    cancel: 'Annuler',
    notRated: 'non évalué',
    percentLabel: '{{label}}, de 0 à 100',
    scaleLabel: '{{label}}, de 0 à 10',
    empty: 'Écrivez d’abord quelque chose dans au moins une partie.',
    areaNone: 'Non choisi',
  },
  thoughtRecord: {
    situationHint:
      'Où étiez-vous, avec qui, que se passait-il\u00a0? Seulement les faits, comme une caméra les verrait.',
    emotionsHint: 'Nommez ce que vous avez ressenti, et son intensité de 0 à 100.',
    feelingLabel: 'Nommer une émotion',
    feelingHint: 'Choisissez un mot dans la liste, ou utilisez le vôtre.',
    addFeeling: 'Ajouter',
    strength: 'Intensité de «\u00a0{{name}}\u00a0»',
    removeFeeling: 'Retirer {{name}}',
    thoughtsHint:
      'Qu’est-ce qui vous a traversé l’esprit\u00a0? Indiquez à quel point vous croyiez chaque pensée, de 0 à 100\u00a0%, et marquez celle qui porte le plus d’émotion.',
    thoughtLabel: 'Pensée {{n}}',
    believed: 'Croyance en la pensée {{n}}',
    balancedBelieved: 'Croyance en la pensée alternative',
    hotLabel: 'La pensée {{n}} est la pensée chaude',
    addThought: 'Ajouter une pensée',
    removeThought: 'Retirer la pensée {{n}}',
    trapsHint:
      'Certaines de ces habitudes de pensée apparaissent-elles ici\u00a0? Cochez celles qui vous parlent\u00a0; aucune, c’est bien aussi.',
    evidenceForHint: 'Les faits qui vont dans le sens de la pensée chaude.',
    evidenceAgainstHint:
      'Les faits qui ne collent pas avec elle. Que vous ferait remarquer une personne amie\u00a0?',
    balancedHint: 'Une pensée qui tient compte de tout cela.',
    rerateHeading: 'Vos émotions maintenant',
    rerateHint: 'Après avoir écrit tout cela, quelle est l’intensité de chaque émotion, de 0 à 100\u00a0?',
    rerateEmpty: 'Nommez une émotion plus haut pour l’évaluer de nouveau ici.',
    now: '{{name}} maintenant',
  },
  activation: {
    activityHint:
      'Quelque chose de petit et faisable, qui compte pour vous ou pourrait apporter un peu de plaisir.',
    statusLegend: 'Prévue ou faite\u00a0?',
    whenHint: 'Un jour, et une heure si vous le souhaitez.',
    ratingsHint:
      'Le plaisir, c’est ce que vous avez apprécié\u00a0; la maîtrise, le sentiment d’avoir accompli quelque chose, même de petit. Pour l’humeur, 0 est très bas et 10 très bien.',
  },
  compassion: {
    situationHint: 'Ce qui se passe, en quelques mots.',
    whatIsHardHint:
      'Pleine conscience\u00a0: nommez ce que vous ressentez, tel quel, sans le juger. Par exemple\u00a0: «\u00a0C’est vraiment dur en ce moment.\u00a0»',
    othersFeelThisHint:
      'Humanité commune\u00a0: beaucoup de personnes traversent des moments comme celui-ci. Vous n’êtes pas la seule personne à le vivre.',
    kindWordsHint:
      'Bienveillance\u00a0: que diriez-vous à une personne amie à votre place\u00a0? Écrivez-le pour vous-même.',
    kindActionHint: 'Un petit geste pour vous, maintenant ou aujourd’hui.',
    distressHint: '0, aucune détresse\u00a0; 10, la plus forte que vous puissiez imaginer.',
  },
  goodThings: {
    hint: 'Trois choses qui se sont bien passées, grandes ou petites, et pourquoi. Remarquer votre propre part compte aussi.',
    what: 'Qu’est-ce qui s’est bien passé\u00a0?',
    why: 'Pourquoi est-ce arrivé\u00a0? Quelle a été votre part\u00a0?',
  },
  values: {
    valueHint:
      'Une valeur est une direction plutôt qu’un but\u00a0: par exemple, prendre soin, garder de la curiosité, agir avec justice.',
    ratingsHint:
      'L’importance que cela a pour vous, et à quel point vos derniers jours l’ont suivi. Un écart est une information, pas un échec.',
    nextStepHint: 'Un petit pas concret dans cette direction.',
    barrierHint: 'Ce qui pourrait faire obstacle, et comment y faire face.',
  },
  filter: {
    label: 'Afficher',
    everything: 'Toutes les entrées',
    worksheets: 'Toutes les fiches',
    sessions: 'Séances de respiration et d’ancrage',
    byFramework: 'Par approche',
    byKind: 'Par fiche',
    byPack: 'Par série de pistes',
    emptyPack: 'Rien d’écrit à partir de cette série pour l’instant.',
    frameworks: {
      cbt: 'Thérapie cognitive et comportementale',
      'self-compassion': 'Autocompassion',
      'positive-psychology': 'Psychologie positive',
      'act-values': 'Thérapie d’acceptation et d’engagement',
    },
    empty: 'Aucune fiche de ce type pour l’instant.',
    noSessions: 'Aucune séance de respiration ou d’ancrage enregistrée pour l’instant.',
  },
  view: {
    edit: 'Modifier',
    delete: 'Supprimer',
    hot: 'pensée chaude',
    after: 'après',
  },
};
