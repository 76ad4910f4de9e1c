/**
 * Strings of the passphrase strength meter, mounted under the i18n key `strength`. French
 * mirrors the English tree exactly and follows French typography (\u00a0 before ; : ! ? and
 * inside « », ’ for apostrophes). The hints are ours: zxcvbn's own sentences are English only.
 */
import type { Translation } from '../../i18n/translation';

export const strengthEn = {
  label: 'Strength: {{level}}',
  level: {
    veryWeak: 'very weak',
    weak: 'weak',
    fair: 'fair',
    good: 'good',
    strong: 'strong',
  },
  estimating: 'Estimating strength…',
  crack: 'Someone who copied your journal file would need {{time}} to guess it.',
  note: 'A rough estimate for powerful computers. Each guess is made slow on purpose.',
  time: {
    underMinute: 'less than a minute',
    minutes_one: 'about {{count}} minute',
    minutes_other: 'about {{count}} minutes',
    hours_one: 'about {{count}} hour',
    hours_other: 'about {{count}} hours',
    days_one: 'about {{count}} day',
    days_other: 'about {{count}} days',
    months_one: 'about {{count}} month',
    months_other: 'about {{count}} months',
    years_one: 'about {{count}} year',
    years_other: 'about {{count}} years',
    centuries: 'more than a century',
  },
  hint: {
    common: 'This is a common password: it is among the first ones tried.',
    singleWord: 'A single word is quick to find, even a rare one.',
    names: 'Names are quick to find, especially on their own.',
    keyboard: 'Keyboard patterns like qwerty are tried early.',
    repeat: 'Repeats like aaa or abcabc add little.',
    sequence: 'Sequences like abc or 1234 are easy to guess.',
    dates: 'Dates and years are easy to guess, especially ones linked to you.',
    aboutApp: 'Avoid words about this app, like its name.',
    predictableChanges: 'Capitals or swaps like a → @ barely slow guessing down.',
    addWords: 'Add another word or two, unrelated to each other.',
  },
};

export const strengthFr: Translation<typeof strengthEn> = {
  label: 'Robustesse\u00a0: {{level}}',
  level: {
    veryWeak: 'très faible',
    weak: 'faible',
    fair: 'moyenne',
    good: 'bonne',
    strong: 'forte',
  },
  estimating: 'Estimation de la robustesse…',
  crack: 'Une personne ayant copié le fichier de votre journal mettrait {{time}} à la deviner.',
  note: 'Une estimation grossière, pour des ordinateurs puissants. Chaque essai est volontairement ralenti.',
  time: {
    underMinute: 'moins d’une minute',
    minutes_one: 'environ {{count}} minute',
    minutes_other: 'environ {{count}} minutes',
    hours_one: 'environ {{count}} heure',
    hours_other: 'environ {{count}} heures',
    days_one: 'environ {{count}} jour',
    days_other: 'environ {{count}} jours',
    months_one: 'environ {{count}} mois',
    months_other: 'environ {{count}} mois',
    years_one: 'environ {{count}} an',
    years_other: 'environ {{count}} ans',
    centuries: 'plus d’un siècle',
  },
  hint: {
    common: 'C’est un mot de passe courant, parmi les premiers essayés.',
    singleWord: 'Un mot seul se trouve vite, même rare.',
    names: 'Les prénoms et les noms se trouvent vite, surtout seuls.',
    keyboard: 'Les suites de touches comme azerty sont essayées tôt.',
    repeat: 'Les répétitions comme aaa ou abcabc ajoutent peu.',
    sequence: 'Les suites comme abc ou 1234 se devinent facilement.',
    dates: 'Les dates et les années se devinent facilement, surtout celles qui vous concernent.',
    aboutApp: 'Évitez les mots liés à cette application, comme son nom.',
    predictableChanges: 'Les majuscules ou les substitutions comme a → @ ralentissent à peine.',
    addWords: 'Ajoutez un ou deux mots sans rapport entre eux.',
  },
};
