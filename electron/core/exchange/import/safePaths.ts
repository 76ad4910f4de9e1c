import { ImportError } from './importError';

const MAX_PATH_CHARS = 1024;

/**
 * Checks a file name from an archive or a folder listing: relative, forward slashes only, no
 * "." or ".." step, no empty step, no NUL or control character, no drive letter. Nothing is
 * ever written to these paths, but a name built to escape a folder only comes from a file made
 * to attack an importer, and that file is refused whole. Messages never repeat the name: file
 * names can be journal text too, and this message goes to the log.
 */
export function checkRelativePath(name: string, where: 'archive' | 'folder', isDirectory = false): void {
  const bad = (why: string): never => {
    throw new ImportError('import.unsafePath', `a file name in the ${where} ${why}`);
  };
  if (name.length === 0 || name.length > MAX_PATH_CHARS) bad('is empty or too long');
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(name)) bad('contains a NUL or control character');
  if (name.includes('\\')) bad('contains a backslash');
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) bad('is an absolute path');
  const steps = (isDirectory && name.endsWith('/') ? name.slice(0, -1) : name).split('/');
  if (steps.includes('..')) bad('climbs out of its folder (..)');
  if (steps.some((step) => step === '' || step === '.')) bad('has an empty or "." step');
}

/** Remembers names (compared in NFC, as macOS and Windows treat them) and refuses a second one. */
export class NameSet {
  readonly #seen = new Set<string>();
  readonly #where: 'archive' | 'folder';

  constructor(where: 'archive' | 'folder') {
    this.#where = where;
  }

  add(name: string): void {
    const key = name.normalize('NFC');
    if (this.#seen.has(key))
      throw new ImportError('import.duplicateName', `two files in the ${this.#where} have the same name`);
    this.#seen.add(key);
  }
}
