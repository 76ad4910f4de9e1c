import { app, dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import type { CoreDialogs } from '../core/createCore';

const BACKUP_FILTERS = [{ name: 'Alcove backup', extensions: ['alcove'] }];

/**
 * Native dialogs for the core. The renderer never supplies a path: it asks the core, which asks
 * the user here. Dialog text follows the OS language (Electron's own buttons do too).
 */
export function electronDialogs(window: () => BrowserWindow | null): CoreDialogs {
  const french = () => app.getLocale().startsWith('fr');
  return {
    async saveBackup(suggestedName) {
      const options = {
        defaultPath: suggestedName,
        filters: BACKUP_FILTERS,
        properties: ['createDirectory' as const],
      };
      const owner = window();
      const result = owner
        ? await dialog.showSaveDialog(owner, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async openBackup() {
      const options = { filters: BACKUP_FILTERS, properties: ['openFile' as const] };
      const owner = window();
      const result = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
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
      const owner = window();
      const result = owner
        ? await dialog.showMessageBox(owner, options)
        : await dialog.showMessageBox(options);
      return result.response === 1;
    },
  };
}
