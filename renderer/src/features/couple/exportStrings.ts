/**
 * Strings of the couple summary for a therapist and of leaving the couple space, mounted under
 * the i18n key `coupleExport`. French mirrors the English tree exactly and follows French
 * typography (\u00a0 before ; : ! ? and inside « », ’ for apostrophes). Partners are named by the
 * names they chose; withdrawing or stopping never asks for a reason.
 */
import type { Translation } from '../../i18n/translation';

export const coupleExportEn = {
  card: {
    name: 'Summary for your couples therapist',
    what: 'A short file for a therapist you see together: only what you both already see here, and a note from each of you if you like. It is written only when both of you have read it and agreed, each with your own secret.',
    none: 'No summary prepared yet.',
    drafted: 'A summary is prepared. Approved so far: {{who}}.',
    nobody: 'nobody',
    prepare: 'Prepare a summary',
    open: 'Open the summary',
  },
  framework:
    'Framework: shared with informed consent — each of you reads the exact text and agrees, as a couples therapist would ask.',
  logLine: '{{date}} — {{format}}, couple summary agreed to by both partners — {{fileName}}',
  stop: 'Stop',
  stopHint: 'Back to the couple space. Nothing more is saved.',
  stopped: 'Stopped. Nothing was written to a file.',
  choose: {
    heading: 'What goes in the summary',
    lede: 'Only what you both already see together can go in. Choose which parts.',
    unavailable: '{{title}} — nothing revealed together yet',
    whoDrafts: 'Who prepares it',
    submit: 'Prepare the preview',
    hint: 'Preparing again drops any approval already given. Notes you wrote are kept.',
  },
  unlock: {
    heading: 'Type a secret to read the summary',
    whose: 'Whose secret',
    submit: 'Read the summary',
  },
  review: {
    heading: 'Preview',
    exact: 'This is the exact text of the file. A PDF lays out the same text.',
    never:
      'Never included: answers not revealed together, private notes and ratings, any “no”, items only one of you wanted, and anything from either personal journal.',
    notEncrypted:
      'The file will not be encrypted: anyone who can open it can read it. Hand it to your therapist yourselves.',
    approvals: 'Approvals',
    approved: '{{name}} agreed to share this text',
    notApproved: '{{name}} has not agreed yet',
    changed:
      'Any change to the text — a note, a new preparation, an answer given again — takes both approvals back.',
    noteAs: 'Write a note as {{name}}',
    approveAs: 'Agree as {{name}}',
    withdrawAs: '{{name}} takes back their agreement',
    again: 'Prepare again',
    format: 'File format',
    markdown: 'Markdown (.md)',
    pdf: 'PDF',
    save: 'Save the file…',
    waiting: 'The file can be saved once both of you have agreed.',
  },
  note: {
    heading: 'A note from {{name}}',
    lede: 'In your own words, for the therapist. {{other}} will read it in the preview before agreeing.',
    label: 'Your note',
    hint: 'This replaces any note you wrote before. Leave it empty to remove yours.',
    submit: 'Save my note',
  },
  approve: {
    heading: '{{name}}, do you agree to share this?',
    lede: 'Read the preview above. Tick each part you agree to share with your therapist.',
    section: 'I agree to share this: {{title}}',
    text: 'I agree to share this text as it is now, with my note if I wrote one.',
    notAll:
      'If you do not agree with a part, do not tick it: either of you can prepare the summary again without it.',
    secretHeading: '{{name}}, confirm with your secret',
    submit: 'I agree to share this',
  },
  withdraw: {
    heading: '{{name}}, take back your agreement',
    lede: 'The file cannot be saved until you agree again. No reason is asked.',
    submit: 'Take back my agreement',
    done: 'Agreement taken back.',
  },
  save: {
    heading: 'Save the file',
    lede: 'Either of you types your secret. Then choose where to save it.',
    submit: 'Save the file…',
    written: 'Saved as {{fileName}}. It is in the export log of the journal, without its content.',
    cancelled: 'Nothing was saved.',
  },
  leave: {
    heading: 'Leave the couple space',
    lede: 'The journal behind this space is personal. To go back to it, type the journal passphrase. Otherwise, lock Alcove.',
    passphrase: 'Journal passphrase',
    back: 'Back to the journal',
    lock: 'Lock Alcove',
    stay: 'Stay in the couple space',
    wrong: 'That is not the journal passphrase.',
    working: 'Checking…',
  },
};

export const coupleExportFr: Translation<typeof coupleExportEn> = {
  card: {
    name: 'Synthèse pour votre thérapeute de couple',
    what: 'Un court fichier pour un·e thérapeute que vous voyez ensemble\u00a0: seulement ce que vous voyez déjà à deux ici, et un mot de chaque partenaire si vous le souhaitez. Il n’est écrit qu’une fois lu et accepté par vous deux, chaque partenaire avec son propre secret.',
    none: 'Aucune synthèse préparée pour l’instant.',
    drafted: 'Une synthèse est préparée. Accord donné par\u00a0: {{who}}.',
    nobody: 'personne',
    prepare: 'Préparer une synthèse',
    open: 'Ouvrir la synthèse',
  },
  framework:
    'Cadre\u00a0: partage avec consentement éclairé — chaque partenaire lit le texte exact et donne son accord, comme le demanderait un·e thérapeute de couple.',
  logLine: '{{date}} — {{format}}, synthèse de couple acceptée par les deux partenaires — {{fileName}}',
  stop: 'Arrêter',
  stopHint: 'Retour à l’espace couple. Rien de plus n’est enregistré.',
  stopped: 'Arrêté. Aucun fichier n’a été écrit.',
  choose: {
    heading: 'Ce que contient la synthèse',
    lede: 'Seul ce que vous voyez déjà ensemble peut y figurer. Choisissez les parties.',
    unavailable: '{{title}} — rien n’a encore été révélé ensemble',
    whoDrafts: 'Qui la prépare',
    submit: 'Préparer l’aperçu',
    hint: 'Préparer à nouveau retire les accords déjà donnés. Les mots écrits sont gardés.',
  },
  unlock: {
    heading: 'Tapez un secret pour lire la synthèse',
    whose: 'Secret de qui',
    submit: 'Lire la synthèse',
  },
  review: {
    heading: 'Aperçu',
    exact: 'Voici le texte exact du fichier. Un PDF met en page le même texte.',
    never:
      'Jamais inclus\u00a0: les réponses qui n’ont pas été révélées ensemble, les notes et évaluations privées, les «\u00a0non\u00a0», ce qu’une seule personne souhaitait, et rien de vos journaux personnels.',
    notEncrypted:
      'Le fichier ne sera pas chiffré\u00a0: toute personne qui peut l’ouvrir pourra le lire. Remettez-le vous-mêmes à votre thérapeute.',
    approvals: 'Accords',
    approved: '{{name}} accepte de partager ce texte',
    notApproved: '{{name}} n’a pas encore donné son accord',
    changed:
      'Tout changement du texte — un mot, une nouvelle préparation, une réponse donnée à nouveau — retire les deux accords.',
    noteAs: 'Écrire un mot en tant que {{name}}',
    approveAs: 'Donner son accord en tant que {{name}}',
    withdrawAs: '{{name}} retire son accord',
    again: 'Préparer à nouveau',
    format: 'Format du fichier',
    markdown: 'Markdown (.md)',
    pdf: 'PDF',
    save: 'Enregistrer le fichier…',
    waiting: 'Le fichier pourra être enregistré quand vous aurez donné votre accord, vous deux.',
  },
  note: {
    heading: 'Un mot de {{name}}',
    lede: 'Avec vos propres mots, pour la ou le thérapeute. {{other}} le lira dans l’aperçu avant de donner son accord.',
    label: 'Votre mot',
    hint: 'Il remplace le mot que vous aviez écrit. Laissez vide pour retirer le vôtre.',
    submit: 'Enregistrer mon mot',
  },
  approve: {
    heading: '{{name}}, acceptez-vous de partager ceci\u00a0?',
    lede: 'Lisez l’aperçu ci-dessus. Cochez chaque partie que vous acceptez de partager avec votre thérapeute.',
    section: 'J’accepte de partager ceci\u00a0: {{title}}',
    text: 'J’accepte de partager ce texte tel qu’il est, avec mon mot si j’en ai écrit un.',
    notAll:
      'Si vous n’êtes pas d’accord avec une partie, ne la cochez pas\u00a0: chaque partenaire peut préparer la synthèse à nouveau sans elle.',
    secretHeading: '{{name}}, confirmez avec votre secret',
    submit: 'J’accepte de partager ceci',
  },
  withdraw: {
    heading: '{{name}}, retirer votre accord',
    lede: 'Le fichier ne pourra pas être enregistré tant que vous n’aurez pas donné à nouveau votre accord. Aucune raison n’est demandée.',
    submit: 'Retirer mon accord',
    done: 'Accord retiré.',
  },
  save: {
    heading: 'Enregistrer le fichier',
    lede: 'Une personne du couple tape son secret. Choisissez ensuite où l’enregistrer.',
    submit: 'Enregistrer le fichier…',
    written:
      'Enregistré sous {{fileName}}. Il figure dans l’historique des exports du journal, sans son contenu.',
    cancelled: 'Rien n’a été enregistré.',
  },
  leave: {
    heading: 'Quitter l’espace couple',
    lede: 'Le journal derrière cet espace est personnel. Pour y revenir, tapez la phrase secrète du journal. Sinon, verrouillez Alcove.',
    passphrase: 'Phrase secrète du journal',
    back: 'Revenir au journal',
    lock: 'Verrouiller Alcove',
    stay: 'Rester dans l’espace couple',
    wrong: 'Ce n’est pas la phrase secrète du journal.',
    working: 'Vérification…',
  },
};
