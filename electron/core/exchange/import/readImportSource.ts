import fs from 'node:fs';
import path from 'node:path';
import type { ImportKind } from '../../../../shared/exchange/importRequest';
import { ImportError } from './importError';
import { DEFAULT_IMPORT_LIMITS } from './importLimits';
import type { FolderFile } from './markdownFolderImport';
import type { ImportSource } from './importSource';

/** How deep a picked folder is walked: journals are shallow; a loop of folders is not followed. */
const MAX_FOLDER_DEPTH = 16;

/**
 * Reads what the user picked into memory for an importer, within the import limits: a file's size
 * is checked before it is read; a folder is walked without following symbolic links (a link could
 * lead anywhere on the disk), stopping as soon as it holds too many files or too many bytes.
 */
export function readImportSource(kind: ImportKind, picked: string): ImportSource {
  const limits = DEFAULT_IMPORT_LIMITS;
  if (kind !== 'markdown') {
    const stat = fs.statSync(picked);
    if (!stat.isFile()) throw new ImportError('import.wrongFormat', 'the chosen item is not a file');
    if (stat.size > limits.maxFileBytes) {
      throw new ImportError('import.tooLarge', `the file is larger than ${limits.maxFileBytes} bytes`);
    }
    return { format: kind, bytes: fs.readFileSync(picked) };
  }
  const files: FolderFile[] = [];
  let total = 0;
  const walk = (dir: string, relative: string, depth: number) => {
    if (depth > MAX_FOLDER_DEPTH) throw new ImportError('import.tooDeep', 'the folder nests too deeply');
    for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
      const rel = relative ? `${relative}/${item.name}` : item.name;
      if (item.name.startsWith('.')) continue; // .git, .obsidian, .DS_Store
      const full = path.join(dir, item.name);
      if (item.isDirectory()) walk(full, rel, depth + 1);
      else if (item.isFile()) {
        if (files.length >= limits.maxFiles) {
          throw new ImportError(
            'import.tooManyEntries',
            `the folder holds more than ${limits.maxFiles} files`,
          );
        }
        total += fs.statSync(full).size;
        if (total > limits.maxFileBytes) {
          throw new ImportError('import.tooLarge', `the folder holds more than ${limits.maxFileBytes} bytes`);
        }
        files.push({ path: rel, bytes: fs.readFileSync(full) });
      }
      // Symbolic links and special files are left alone.
    }
  };
  if (!fs.statSync(picked).isDirectory()) {
    throw new ImportError('import.wrongFormat', 'the chosen item is not a folder');
  }
  walk(picked, '', 0);
  return { format: 'markdown', files };
}
