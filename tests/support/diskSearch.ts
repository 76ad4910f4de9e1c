import fs from 'node:fs';
import path from 'node:path';

/** Every file under `dir` (database, -wal, -shm, journals, anything), read whole. */
export function readTree(dir: string): Array<{ file: string; bytes: Buffer }> {
  const out: Array<{ file: string; bytes: Buffer }> = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    // SQLite removes its -wal/-shm files when the last connection closes, which can happen
    // between listing the folder and reading it: a file that is gone holds nothing to find.
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    out.push({ file, bytes });
  }
  return out;
}

/** Files under `dir`, relative to it, whose bytes contain `text` as UTF-8 or UTF-16LE. */
export function filesWithText(dir: string, text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  return readTree(dir)
    .filter(({ bytes }) => needles.some((needle) => bytes.includes(needle)))
    .map(({ file }) => path.relative(dir, file));
}
