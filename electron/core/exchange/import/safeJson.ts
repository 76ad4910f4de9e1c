import { ImportError } from './importError';
import type { ImportLimits } from './importLimits';

const MiB = 1024 * 1024;

function megabytes(bytes: number): string {
  return `${Math.round((bytes / MiB) * 10) / 10} MB`;
}

/** Refuses more bytes than `max` before anything else is done with them. */
export function checkSize(bytes: number, max: number, what: string): void {
  if (bytes > max) {
    throw new ImportError(
      'import.tooLarge',
      `${what} is ${megabytes(bytes)}, more than the ${megabytes(max)} allowed`,
    );
  }
}

/** UTF-8 → text, refusing invalid sequences instead of replacing them. A leading BOM is dropped. */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('import.notUtf8', `${what} is not UTF-8 text`);
  }
}

/**
 * Refuses JSON nested deeper than `maxDepth`, in one linear pass before JSON.parse (whose
 * recursion a deep file could exhaust, and which would build the whole tree first). Brackets
 * inside strings do not count; escapes inside strings are skipped.
 */
export function checkJsonDepth(text: string, maxDepth: number): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > maxDepth)
        throw new ImportError('import.tooDeep', `the JSON is nested more than ${maxDepth} levels deep`);
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth--;
    }
  }
}

/** Bytes → parsed JSON, within the limits: size, UTF-8, depth, then JSON.parse. */
export function parseJsonBytes(bytes: Uint8Array, limits: ImportLimits, what = 'the file'): unknown {
  checkSize(bytes.length, limits.maxJsonBytes, what);
  const text = decodeUtf8(bytes, what);
  checkJsonDepth(text, limits.maxDepth);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // JSON.parse's own message quotes the text around the error: journal text stays out of it.
    throw new ImportError('import.notJson', `${what} is not valid JSON`);
  }
}

/** Refuses a top-level `entries` list longer than the limit before it is validated item by item. */
export function checkEntryCount(json: unknown, limits: ImportLimits, already = 0): void {
  const entries = (json as { entries?: unknown } | null)?.entries;
  if (Array.isArray(entries) && already + entries.length > limits.maxEntries) {
    throw new ImportError(
      'import.tooManyEntries',
      `the file holds ${already + entries.length} entries, more than the ${limits.maxEntries} allowed`,
    );
  }
}
