import fs from 'node:fs';
import path from 'node:path';
import type { CoreDialogs } from '../../electron/core/createCore';

/**
 * Stands in for Electron's native dialogs in tests and the preview, as the loopback bridge
 * stands in for the preload: "save" writes into `folder`, "open" picks the newest `.alcove`
 * file there (the newest `.json` for imports and prompt packs), the folder for automatic backups
 * is `folder/automatic` (created when chosen), and the confirmation is answered by `confirm`
 * (yes unless a test says otherwise).
 */
/** The sub-folder the stand-in offers for automatic backups. */
export const AUTOMATIC_BACKUPS = 'automatic';

export function folderDialogs(folder: string, confirm: () => boolean = () => true): CoreDialogs {
  return {
    saveBackup: async (suggestedName) => {
      fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
      return path.join(folder, suggestedName);
    },
    openBackup: async () => {
      if (!fs.existsSync(folder)) return null;
      const newest = fs
        .readdirSync(folder)
        .filter((name) => name.endsWith('.alcove'))
        .map((name) => path.join(folder, name))
        .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
      return newest ?? null;
    },
    confirmRestore: async () => confirm(),
    confirmExport: async () => confirm(),
    openImport: async (kind) => {
      // The newest item of the right kind: a folder for Markdown, else a .json or .zip file.
      const wanted = (name: string, dir: boolean) =>
        kind === 'markdown' ? dir : !dir && (kind === 'dayone' ? /\.(zip|json)$/ : /\.json$/).test(name);
      if (!fs.existsSync(folder)) return null;
      const newest = fs
        .readdirSync(folder, { withFileTypes: true })
        .filter((item) => wanted(item.name, item.isDirectory()))
        .map((item) => path.join(folder, item.name))
        .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
      return newest ?? null;
    },
    openPack: async () => {
      // The newest .json file: a test puts the pack it means to import there.
      if (!fs.existsSync(folder)) return null;
      const newest = fs
        .readdirSync(folder, { withFileTypes: true })
        .filter((item) => item.isFile() && item.name.endsWith('.json'))
        .map((item) => path.join(folder, item.name))
        .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
      return newest ?? null;
    },
    chooseBackupFolder: async () => {
      const automatic = path.join(folder, AUTOMATIC_BACKUPS);
      fs.mkdirSync(automatic, { recursive: true, mode: 0o700 });
      return automatic;
    },
    saveCoupleSummary: async (suggestedName) => {
      fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
      return path.join(folder, suggestedName);
    },
    saveExport: async (suggestedName) => {
      fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
      return path.join(folder, suggestedName);
    },
  };
}
