import fs from 'node:fs';
import path from 'node:path';
import type { CoreDialogs } from '../../electron/core/createCore';

/**
 * Stands in for Electron's native dialogs in tests and the preview, as the loopback bridge
 * stands in for the preload: "save" writes into `folder`, "open" picks the newest `.alcove`
 * file there (the newest `.json` for imports and prompt packs), the folder for automatic backups
 * is `folder/automatic` (created when chosen), and the confirmation is answered by `confirm`
 * (yes unless a test says otherwise). Partner files (two machines): "save" writes into `folder`
 * too, and "open" picks the newest pairing card (`.txt`) or partner file (`.alcovepx`) that
 * this stand-in did NOT save itself, as a person picks the file their partner sent, so two
 * vaults can share one folder.
 */
/** The sub-folder the stand-in offers for automatic backups. */
export const AUTOMATIC_BACKUPS = 'automatic';

export function folderDialogs(folder: string, confirm: () => boolean = () => true): CoreDialogs {
  const savedHere = new Set<string>();
  return {
    savePartnerFile: async (_kind, suggestedName) => {
      fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
      const file = path.join(folder, suggestedName);
      savedHere.add(file);
      return file;
    },
    openPartnerFile: async (kind) => {
      if (!fs.existsSync(folder)) return null;
      const extension = kind === 'card' ? '.txt' : '.alcovepx';
      const newest = fs
        .readdirSync(folder)
        .filter((name) => name.endsWith(extension))
        .map((name) => path.join(folder, name))
        .filter((file) => !savedHere.has(file))
        .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
      return newest ?? null;
    },
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
