/**
 * Strings of the reminders settings, mounted under the i18n key `reminders`. The notification's
 * own text is not here: it lives in shared/domain/reminders.ts, so the core shows and the
 * settings preview the very same words. French mirrors the English tree exactly, with French
 * typography (\u00a0 before ; : ! ? and inside « », ’ for apostrophes). Tone: an offer, never a
 * task; nothing about the person.
 */
import type { Translation } from '../../i18n/translation';

export const remindersEn = {
  title: 'Reminders',
  help: 'A notification at the times you choose, made on this computer alone while Alcove is open, even locked. Nothing is scheduled through any service.',
  toggle: 'Remind me to write',
  on: 'Reminders are on.',
  off: 'Reminders are off.',
  saved: 'Reminders saved.',
  times: 'Times',
  timeLabel: 'Reminder {{number}}',
  remove: 'Remove',
  removeLabel: 'Remove the reminder at {{time}}',
  add: 'Add a time',
  maxTimes: 'Up to {{count}} times a day.',
  emptyTime: 'Choose a time, or remove this one.',
  duplicateTime: '{{time}} is already in the list.',
  days: 'Days',
  noDay: 'No day is chosen, so no reminder will come.',
  wording: 'What the notification says',
  named: 'Say it is Alcove',
  neutral: 'Say only “Reminder”',
  neutralHint: 'For discreet use. Your computer may still show which app sent it.',
  preview: 'Preview of the notification',
  storage:
    'Reminder times are stored unencrypted so they work while Alcove is locked. They say when you like to write, never what you write.',
};

export type RemindersStrings = Translation<typeof remindersEn>;

export const remindersFr: RemindersStrings = {
  title: 'Rappels',
  help: 'Une notification aux heures que vous choisissez, créée par cet ordinateur seul tant qu’Alcove est ouvert, même verrouillé. Rien n’est programmé par un service extérieur.',
  toggle: 'Me rappeler d’écrire',
  on: 'Les rappels sont activés.',
  off: 'Les rappels sont désactivés.',
  saved: 'Rappels enregistrés.',
  times: 'Heures',
  timeLabel: 'Rappel {{number}}',
  remove: 'Retirer',
  removeLabel: 'Retirer le rappel de {{time}}',
  add: 'Ajouter une heure',
  maxTimes: 'Jusqu’à {{count}}\u00a0heures par jour.',
  emptyTime: 'Choisissez une heure, ou retirez celle-ci.',
  duplicateTime: '{{time}} est déjà dans la liste.',
  days: 'Jours',
  noDay: 'Aucun jour n’est choisi, donc aucun rappel ne viendra.',
  wording: 'Ce que dit la notification',
  named: 'Dire que c’est Alcove',
  neutral: 'Dire seulement «\u00a0Rappel\u00a0»',
  neutralHint:
    'Pour plus de discrétion. Votre ordinateur peut tout de même indiquer quelle application l’envoie.',
  preview: 'Aperçu de la notification',
  storage:
    'Les heures de rappel sont enregistrées sans chiffrement, pour fonctionner quand Alcove est verrouillé. Elles disent quand vous aimez écrire, jamais ce que vous écrivez.',
};
