/**
 * Strings of the self-check-in form, to be mounted under the i18n key `selfcheck`
 * (t('selfcheck.submit')). The questionnaires' own wording (items, answers, bands) lives in
 * shared/content/scales.ts and is never rewritten here. French mirrors the English tree exactly
 * (the type below refuses a missing or extra key) and follows French typography: a no-break space
 * (\u00a0) before ; : ! ? and inside « », and ’ for apostrophes. Tone: calm, never a diagnosis.
 */
import type { Translation } from '../../i18n/translation';

export const selfCheckEn = {
  title: 'Self-check-in',
  intro:
    'A self-check-in is a standard questionnaire, of the kind therapists use too. It is not a diagnosis: your answers and your score can be useful to discuss with your therapist. Nothing leaves this computer.',
  optional: 'Self-check-ins are optional. You can stop at any time; nothing is saved until you ask.',
  choose: 'Choose a questionnaire',
  start: 'Start',
  progress: '{{answered}} of {{total}} answered',
  incomplete: 'Answer every question to see your score.',
  submit: 'See my score',
  cancel: 'Cancel',
  close: 'Close',
  saving: 'Saving…',
  saved: 'Saved in your journal.',
  saveFailed: 'This self-check-in could not be saved. Your answers are still here; you can try again.',
  retry: 'Try saving again',
  result: {
    heading: 'Your score',
    score: 'Score: {{score}} of {{max}} — {{band}}',
    note: 'Scores are shown with the bands published by the questionnaire’s authors, to discuss with a professional. A score is not a diagnosis.',
    source: 'Source: {{source}}',
  },
  safety: {
    message:
      'You said you have had thoughts that you would be better off dead or of hurting yourself. You don’t have to carry this alone; the help page is open for you.',
    open: 'Open the help page',
  },
};

/** The shape both languages share. */
export type SelfCheckStrings = Translation<typeof selfCheckEn>;

export const selfCheckFr: SelfCheckStrings = {
  title: 'Auto-questionnaire',
  intro:
    'Un auto-questionnaire est un questionnaire standard, du type qu’utilisent aussi les thérapeutes. Ce n’est pas un diagnostic\u00a0: vos réponses et votre score peuvent vous être utiles pour en parler avec votre thérapeute. Rien ne quitte cet ordinateur.',
  optional:
    'Ces questionnaires sont facultatifs. Vous pouvez vous arrêter à tout moment\u00a0; rien n’est enregistré tant que vous ne le demandez pas.',
  choose: 'Choisir un questionnaire',
  start: 'Commencer',
  progress: 'Réponses\u00a0: {{answered}} sur {{total}}',
  incomplete: 'Répondez à chaque question pour voir votre score.',
  submit: 'Voir mon score',
  cancel: 'Annuler',
  close: 'Fermer',
  saving: 'Enregistrement…',
  saved: 'Enregistré dans votre journal.',
  saveFailed:
    'Ce questionnaire n’a pas pu être enregistré. Vos réponses sont toujours là\u00a0; vous pouvez réessayer.',
  retry: 'Réessayer d’enregistrer',
  result: {
    heading: 'Votre score',
    score: 'Score\u00a0: {{score}} sur {{max}} — {{band}}',
    note: 'Les scores sont présentés avec les seuils publiés par les auteurs du questionnaire, pour en parler avec votre thérapeute ou votre médecin. Un score n’est pas un diagnostic.',
    source: 'Source\u00a0: {{source}}',
  },
  safety: {
    message:
      'Vous avez indiqué avoir pensé qu’il vaudrait mieux mourir ou avoir envisagé de vous faire du mal. Vous n’avez pas à porter cela sans aide\u00a0; la page d’aide est ouverte pour vous.',
    open: 'Ouvrir la page d’aide',
  },
};
