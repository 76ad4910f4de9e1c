import fs from 'node:fs';
import path from 'node:path';
import type { FolderFile } from '../../../../electron/core/exchange/import/markdownFolderImport';

/** What the adapter hands the Markdown importer: every file under `root`, paths relative with "/". */
export function listFolder(root: string): FolderFile[] {
  const files: FolderFile[] = [];
  const walk = (dir: string) => {
    for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, item.name);
      if (item.isDirectory()) walk(full);
      else if (item.isFile())
        files.push({
          path: path.relative(root, full).split(path.sep).join('/'),
          bytes: fs.readFileSync(full),
        });
    }
  };
  walk(root);
  return files;
}
