/**
 * Strings of automatic backups, mounted under the i18n key `autoBackup` (t('autoBackup.title')).
 * French mirrors the English tree exactly (the type below refuses a missing or extra key) and
 * follows French typography: a no-break space (\u00a0) before ; : ! ? and inside « », and ’ for
 * apostrophes.
 */
import type { Translation } from '../../i18n/translation';

export const autoBackupEn = {
  title: 'Automatic backups',
  help: 'While your journal is open, Alcove can write an encrypted backup of it on its own, in a folder you choose: ideally on another drive. Each one opens with your passphrase or recovery key as they were that day.',
  toggle: 'Back up automatically',
  folder: 'Folder',
  noFolder: 'No folder chosen yet.',
  chooseFolder: 'Choose a folder…',
  changeFolder: 'Change folder…',
  frequency: 'How often',
  daily: 'Every day',
  weekly: 'Every week',
  keep: 'Backups to keep',
  keepHint:
    'From 1 to 52. Beyond that, the oldest automatic backups in this folder are deleted. Nothing else in it is ever touched.',
  keepInvalid: 'Choose a number from 1 to 52.',
  on: 'Automatic backups are on.',
  off: 'Automatic backups are off. The backups already written stay where they are.',
  saved: 'Saved.',
  never: 'No automatic backup yet.',
  running: 'Writing an automatic backup…',
  last_one: 'Last automatic backup: {{when}} · {{count}} kept',
  last_other: 'Last automatic backup: {{when}} · {{count}} kept',
  today: 'today {{time}}',
  yesterday: 'yesterday {{time}}',
  onDay: '{{date}}, {{time}}',
  failed: 'The folder {{folder}} cannot be written: {{reason}}',
  reasons: {
    missing: 'it cannot be found. If it is on a drive, plug the drive in.',
    'not-allowed': 'Alcove is not allowed to write there.',
    full: 'the disk is full.',
    other: 'something unexpected happened ({{code}}).',
    unknown: 'something unexpected happened.',
  },
  failedAt: 'Last try: {{when}}. The backups already there are untouched.',
  runNow: 'Back up now',
};

/** The shape every language must fill. */
export type AutoBackupStrings = Translation<typeof autoBackupEn>;

export const autoBackupFr: AutoBackupStrings = {
  title: 'Sauvegardes automatiques',
  help: 'Pendant que votre journal est ouvert, Alcove peut en écrire seul une sauvegarde chiffrée, dans un dossier de votre choix\u00a0: idéalement sur un autre disque. Chacune s’ouvre avec votre phrase secrète ou votre clé de secours telles qu’elles étaient ce jour-là.',
  toggle: 'Sauvegarder automatiquement',
  folder: 'Dossier',
  noFolder: 'Aucun dossier choisi pour l’instant.',
  chooseFolder: 'Choisir un dossier…',
  changeFolder: 'Changer de dossier…',
  frequency: 'À quelle fréquence',
  daily: 'Chaque jour',
  weekly: 'Chaque semaine',
  keep: 'Sauvegardes à garder',
  keepHint:
    'De 1 à 52. Au-delà, les sauvegardes automatiques les plus anciennes de ce dossier sont supprimées. Rien d’autre n’y est jamais touché.',
  keepInvalid: 'Choisissez un nombre de 1 à 52.',
  on: 'Les sauvegardes automatiques sont activées.',
  off: 'Les sauvegardes automatiques sont désactivées. Celles déjà écrites restent où elles sont.',
  saved: 'Enregistré.',
  never: 'Aucune sauvegarde automatique pour l’instant.',
  running: 'Écriture d’une sauvegarde automatique…',
  last_one: 'Dernière sauvegarde automatique\u00a0: {{when}} · {{count}} gardée',
  last_other: 'Dernière sauvegarde automatique\u00a0: {{when}} · {{count}} gardées',
  today: 'aujourd’hui à {{time}}',
  yesterday: 'hier à {{time}}',
  onDay: '{{date}} à {{time}}',
  failed: 'Impossible d’écrire dans le dossier {{folder}}\u00a0: {{reason}}',
  reasons: {
    missing: 'il est introuvable. S’il se trouve sur un disque, branchez ce disque.',
    'not-allowed': 'Alcove n’a pas le droit d’y écrire.',
    full: 'le disque est plein.',
    other: 'un problème inattendu est survenu ({{code}}).',
    unknown: 'un problème inattendu est survenu.',
  },
  failedAt: 'Dernier essai\u00a0: {{when}}. Les sauvegardes déjà présentes sont intactes.',
  runNow: 'Sauvegarder maintenant',
};
