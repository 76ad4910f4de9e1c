/**
 * Strings of an entry's lifecycle (pinning, its date, deleting with an undo), mounted under the
 * i18n key `lifecycle`. French mirrors the English tree exactly and follows French typography
 * (\u00a0 before ; : ! ? and inside « », ’ for apostrophes).
 */
import type { Translation } from '../../i18n/translation';

export const lifecycleEn = {
  pin: 'Pin',
  unpin: 'Unpin',
  pinHint: 'Keep this entry at the top of the list.',
  /** Read by screen readers on a pinned entry in the list. */
  pinned: 'Pinned',
  /** Deleting a damaged entry: it cannot be restored, so there is no undo. */
  confirmDamaged: 'It will be erased from this computer. This cannot be undone.',
  pinnedNow: 'Entry pinned.',
  unpinnedNow: 'Entry unpinned.',
  date: {
    change: 'Change date',
    legend: 'When this entry was written',
    day: 'Date',
    time: 'Time',
    save: 'Save date',
    cancel: 'Cancel',
    saved: 'Date changed.',
    missing: 'Choose a date and a time.',
    tooOld: 'Choose a date after 1900.',
    tooNew: 'Choose a date no later than tomorrow.',
  },
  undo: {
    deleted: 'Entry deleted.',
    undo: 'Undo the deletion',
    /** The shortcut, for the button's tooltip. */
    hint: 'Undo ({{modifier}}+Z)',
    restored: 'Entry restored.',
  },
};

export const lifecycleFr: Translation<typeof lifecycleEn> = {
  pin: 'Épingler',
  unpin: 'Désépingler',
  pinHint: 'Garder cette entrée en haut de la liste.',
  pinned: 'Épinglée',
  confirmDamaged: 'Elle sera effacée de cet ordinateur. C’est irréversible.',
  pinnedNow: 'Entrée épinglée.',
  unpinnedNow: 'Entrée désépinglée.',
  date: {
    change: 'Changer la date',
    legend: 'Quand cette entrée a été écrite',
    day: 'Date',
    time: 'Heure',
    save: 'Enregistrer la date',
    cancel: 'Annuler',
    saved: 'Date modifiée.',
    missing: 'Choisissez une date et une heure.',
    tooOld: 'Choisissez une date après 1900.',
    tooNew: 'Choisissez une date au plus tard demain.',
  },
  undo: {
    deleted: 'Entrée supprimée.',
    undo: 'Annuler la suppression',
    hint: 'Annuler ({{modifier}}+Z)',
    restored: 'Entrée rétablie.',
  },
};
