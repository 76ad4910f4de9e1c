/**
 * Strings of feelings on entries and of the mirror, mounted under the i18n key `feelings`
 * (t('feelings.legend')). French mirrors the English tree exactly (the type below refuses a
 * missing or extra key) and follows French typography: a no-break space (\u00a0) before ; : ! ?
 * and inside « », and ’ for apostrophes. The mirror suggests; it never decides or diagnoses.
 */
import type { Translation } from '../../i18n/translation';

export const feelingsEn = {
  legend: 'Feelings in this entry (optional)',
  find: 'Name a feeling',
  findHint: 'Type a few letters, then Enter picks the first word. Up to {{max}} words.',
  matches: 'Words matching “{{filter}}”',
  noMatch: 'No word matches. Try another, or “not sure”.',
  full: 'Three words are named. Remove one to name another.',
  tag: '{{label}} · {{intensity}}/10',
  onEntry: 'Feelings named',
  mirror: {
    heading: 'The mirror noticed',
    explain:
      'Suggested from your words, on this computer only: nothing is sent anywhere, and nothing is added unless you choose it. You can turn the mirror off under Security and privacy.',
    because: 'from {{words}}',
    quote: '“{{word}}”',
    addShort: 'Add',
    add: 'Add {{label}}',
    dismiss: 'Not this: {{label}}',
    none: 'Nothing to suggest for now.',
  },
  settings: {
    title: 'The mirror',
    help: 'While you write, the mirror suggests up to three words for what you may be feeling, with the words that made it think so. It runs on this computer only, never sends anything, and never adds a word unless you choose it. It is a mirror, not a judgement.',
    toggle: 'Suggest words for feelings while I write',
    on: 'The mirror is on.',
    off: 'The mirror is off. Your entries are not read for suggestions.',
  },
};

/** The shape every language must fill. */
export type FeelingsStrings = Translation<typeof feelingsEn>;

export const feelingsFr: FeelingsStrings = {
  legend: 'Ce que je ressens dans cette entrée (facultatif)',
  find: 'Nommer un ressenti',
  findHint: 'Tapez quelques lettres, puis Entrée choisit le premier mot. Jusqu’à {{max}} mots.',
  matches: 'Mots correspondant à «\u00a0{{filter}}\u00a0»',
  noMatch: 'Aucun mot ne correspond. Essayez-en un autre, ou «\u00a0je ne sais pas\u00a0».',
  full: 'Trois mots sont nommés. Retirez-en un pour en nommer un autre.',
  tag: '{{label}} · {{intensity}}/10',
  onEntry: 'Ressentis nommés',
  mirror: {
    heading: 'Le miroir a remarqué',
    explain:
      'Suggéré à partir de vos mots, sur cet ordinateur uniquement\u00a0: rien n’est envoyé, et rien n’est ajouté sans votre choix. Vous pouvez désactiver le miroir dans Sécurité et confidentialité.',
    because: 'd’après {{words}}',
    quote: '«\u00a0{{word}}\u00a0»',
    addShort: 'Ajouter',
    add: 'Ajouter\u00a0: {{label}}',
    dismiss: 'Pas ça\u00a0: {{label}}',
    none: 'Rien à suggérer pour l’instant.',
  },
  settings: {
    title: 'Le miroir',
    help: 'Pendant que vous écrivez, le miroir suggère jusqu’à trois mots pour ce que vous ressentez peut-être, avec les mots qui l’ont fait penser. Il fonctionne uniquement sur cet ordinateur, n’envoie jamais rien et n’ajoute aucun mot sans votre choix. C’est un miroir, pas un jugement.',
    toggle: 'Suggérer des mots pour mes ressentis pendant que j’écris',
    on: 'Le miroir est activé.',
    off: 'Le miroir est désactivé. Vos entrées ne sont pas lues pour des suggestions.',
  },
};
