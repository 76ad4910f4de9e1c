import fs from 'node:fs';
import path from 'node:path';

/** Every file under `dir` (database, -wal, -shm, journals, anything), read whole. */
export function readTree(dir: string): Array<{ file: string; bytes: Buffer }> {
  const out: Array<{ file: string; bytes: Buffer }> = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out.push({ file, bytes: fs.readFileSync(file) });
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
