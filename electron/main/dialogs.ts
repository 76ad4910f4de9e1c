import {
  app,
  dialog,
  type BrowserWindow,
  type MessageBoxOptions,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import type { CoreDialogs } from '../core/createCore';

const BACKUP_FILTERS = [{ name: 'Alcove backup', extensions: ['alcove'] }];
const PARTNER_FILTERS = {
  card: { en: 'Alcove pairing card', fr: 'Carte d’appairage Alcove', extensions: ['txt'] },
  file: { en: 'Alcove partner file', fr: 'Fichier partenaire Alcove', extensions: ['alcovepx', 'txt'] },
} as const;

/**
 * Native dialogs for the core. The renderer never supplies a path: it asks the core, which asks
 * the user here. Dialog text follows the OS language (Electron's own buttons do too).
 */
export function electronDialogs(window: () => BrowserWindow | null): CoreDialogs {
  const french = () => app.getLocale().startsWith('fr');
  // Each dialog is modal to the window when there is one, free-standing otherwise.
  /** The file or folder picked; null when the user cancels. */
  async function pick(options: OpenDialogOptions): Promise<string | null> {
    const owner = window();
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }
  /** Where to write; null when the user cancels. */
  async function saveTo(options: SaveDialogOptions): Promise<string | null> {
    const owner = window();
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  }
  /** Whether the user chose the second button (the action; the first cancels). */
  async function confirmed(options: MessageBoxOptions): Promise<boolean> {
    const owner = window();
    const result = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
    return result.response === 1;
  }
  return {
    async saveBackup(suggestedName) {
      const options = {
        defaultPath: suggestedName,
        filters: BACKUP_FILTERS,
        properties: ['createDirectory' as const],
      };
      return saveTo(options);
    },
    async openBackup() {
      const options = { filters: BACKUP_FILTERS, properties: ['openFile' as const] };
      return pick(options);
    },
    async confirmExport(consent) {
      const fr = french();
      const n = (count: number, one: string, other: string) => `${count} ${count === 1 ? one : other}`;
      const what = (
        fr
          ? [
              n(consent.entries, 'texte', 'textes'),
              n(consent.checkins, 'ressenti', 'ressentis'),
              n(consent.selfChecks, 'questionnaire', 'questionnaires'),
              ...(consent.images > 0 ? [n(consent.images, 'image', 'images')] : []),
            ]
          : [
              n(consent.entries, 'entry', 'entries'),
              n(consent.checkins, 'check-in', 'check-ins'),
              n(consent.selfChecks, 'self-check-in', 'self-check-ins'),
              ...(consent.images > 0 ? [n(consent.images, 'image', 'images')] : []),
            ]
      ).join(', ');
      const hidden =
        consent.hiddenPassages > 0
          ? fr
            ? ` ${n(consent.hiddenPassages, 'passage masqué n’y figurera pas', 'passages masqués n’y figureront pas')}.`
            : ` ${n(consent.hiddenPassages, 'hidden passage will be left out', 'hidden passages will be left out')}.`
          : '';
      const options: MessageBoxOptions = consent.protected
        ? {
            type: 'question',
            buttons: fr ? ['Annuler', 'Écrire le fichier'] : ['Cancel', 'Write the file'],
            defaultId: 0,
            cancelId: 0,
            message: fr
              ? 'Écrire un fichier protégé par mot de passe\u00a0?'
              : 'Write a password-protected file?',
            detail: fr
              ? `Ce fichier contiendra\u00a0: ${what}.${hidden} Il sera chiffré avec le mot de passe choisi\u00a0: toute personne qui a le fichier et le mot de passe pourra le lire. Transmettez le mot de passe autrement qu’avec le fichier. Vous choisirez ensuite où l’enregistrer.`
              : `This file will contain: ${what}.${hidden} It will be encrypted with the password you chose: anyone with both the file and the password can read it. Share the password another way than the file. You choose where to save it next.`,
          }
        : {
            type: 'warning',
            buttons: fr ? ['Annuler', 'Écrire le fichier'] : ['Cancel', 'Write the file'],
            defaultId: 0,
            cancelId: 0,
            message: fr ? 'Écrire un fichier NON chiffré\u00a0?' : 'Write a file that is NOT encrypted?',
            detail: fr
              ? `Ce fichier contiendra\u00a0: ${what}.${hidden} Il ne sera pas chiffré\u00a0: toute personne qui y a accès pourra le lire. Vous choisirez ensuite où l’enregistrer.`
              : `This file will contain: ${what}.${hidden} It will not be encrypted: anyone who can open it can read it. You choose where to save it next.`,
          };
      return confirmed(options);
    },
    async openImport(kind) {
      const filters =
        kind === 'dayone'
          ? [{ name: 'Day One', extensions: ['zip', 'json'] }]
          : [{ name: 'JSON', extensions: ['json'] }];
      const options =
        kind === 'markdown'
          ? { properties: ['openDirectory' as const] }
          : { filters, properties: ['openFile' as const] };
      return pick(options);
    },
    async openPack() {
      const options = {
        filters: [{ name: french() ? 'Série de pistes (JSON)' : 'Prompt pack (JSON)', extensions: ['json'] }],
        properties: ['openFile' as const],
      };
      return pick(options);
    },
    async savePartnerFile(kind, suggestedName) {
      const filter = PARTNER_FILTERS[kind];
      const options = {
        defaultPath: suggestedName,
        filters: [{ name: french() ? filter.fr : filter.en, extensions: [...filter.extensions] }],
        properties: ['createDirectory' as const],
      };
      return saveTo(options);
    },
    async openPartnerFile(kind) {
      const filter = PARTNER_FILTERS[kind];
      const options = {
        filters: [{ name: french() ? filter.fr : filter.en, extensions: [...filter.extensions] }],
        properties: ['openFile' as const],
      };
      return pick(options);
    },
    async saveExport(suggestedName) {
      const options = { defaultPath: suggestedName, properties: ['createDirectory' as const] };
      return saveTo(options);
    },
    async saveCoupleSummary(suggestedName) {
      const fr = french();
      const options = {
        defaultPath: suggestedName,
        title: fr
          ? 'Enregistrer la synthèse de couple (fichier NON chiffré)'
          : 'Save the couple summary (a file that is NOT encrypted)',
        message: fr
          ? 'Toute personne qui peut ouvrir ce fichier pourra le lire.'
          : 'Anyone who can open this file can read it.',
        properties: ['createDirectory' as const],
      };
      return saveTo(options);
    },
    async chooseBackupFolder() {
      const fr = french();
      const options = {
        title: fr ? 'Dossier des sauvegardes automatiques' : 'Folder for automatic backups',
        buttonLabel: fr ? 'Choisir ce dossier' : 'Choose this folder',
        properties: ['openDirectory' as const, 'createDirectory' as const],
      };
      return pick(options);
    },
    async confirmRestore(fileName) {
      const fr = french();
      const options: MessageBoxOptions = {
        type: 'warning',
        buttons: fr ? ['Annuler', 'Remplacer par la sauvegarde'] : ['Cancel', 'Replace with the backup'],
        defaultId: 0,
        cancelId: 0,
        message: fr ? 'Remplacer le journal actuel\u00a0?' : 'Replace the current journal?',
        detail: fr
          ? `Le journal de cet ordinateur sera remplacé par la sauvegarde «\u00a0${fileName}\u00a0», une fois celle-ci entièrement vérifiée. L’ancien journal est gardé jusqu’à ce que le journal restauré ait été ouvert.`
          : `The journal on this computer will be replaced by the backup “${fileName}”, once it has been fully verified. The old journal is kept until the restored one has been opened.`,
      };
      return confirmed(options);
    },
  };
}
