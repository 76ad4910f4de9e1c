import type { ImportedEntry, ImportResult, SkippedItem } from '../../../../shared/exchange/importResult';
import { localInstant, parseDateText, type DateVerdict } from './importDates';
import { importedEntry } from './importedEntry';
import { ImportError } from './importError';
import { resolveImportOptions, type ImportOptions, type ResolvedImportOptions } from './importLimits';
import { checkSize } from './safeJson';
import { NameSet, checkRelativePath } from './safePaths';
import { splitFrontMatter } from './frontMatter';
import { dropLeadingBlankLines, firstHeading } from './markdownText';

/** One file of the folder the user picked: its path relative to that folder (forward slashes). */
export interface FolderFile {
  path: string;
  bytes: Uint8Array;
}

const MARKDOWN = /\.(?:md|markdown)$/i;
/** A YYYY-MM-DD (or YYYY_MM_DD, as jrnl names exported files) prefix of a file name. */
const NAME_DATE = /^(\d{4})[-_](\d{2})[-_](\d{2})(?!\d)/;

/**
 * Reads a folder of Markdown files, one entry per file. The date comes from the front matter
 * (`date`, or `created`), else from a YYYY-MM-DD prefix of the file name, else the file is
 * skipped. The title comes from the front matter, else a first-line "# heading" (taken out of
 * the body), else the file name. Tags from the front matter (`tags` or `tag`).
 * Paths are all checked before any file is read; hidden files and folders (.obsidian, .git,
 * .DS_Store) are passed over without a word, other non-Markdown files are listed as skipped.
 */
export function importMarkdownFolder(files: readonly FolderFile[], options?: ImportOptions): ImportResult {
  const resolved = resolveImportOptions(options);
  const { limits } = resolved;
  if (files.length > limits.maxFiles) {
    throw new ImportError(
      'import.tooManyEntries',
      `the folder holds ${files.length} files, more than the ${limits.maxFiles} allowed`,
    );
  }
  const names = new NameSet('folder');
  let total = 0;
  for (const file of files) {
    checkRelativePath(file.path, 'folder');
    names.add(file.path);
    total += file.bytes.length;
  }
  checkSize(total, limits.maxFileBytes, 'the folder');

  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const markdown = sorted.filter((f) => !f.path.split('/').some((step) => step.startsWith('.')));
  const entries: ImportedEntry[] = [];
  const skipped: SkippedItem[] = [];
  for (const file of markdown) {
    if (!MARKDOWN.test(file.path)) {
      skipped.push({ reason: 'not-a-journal-file', where: file.path });
      continue;
    }
    if (entries.length >= limits.maxEntries) {
      throw new ImportError(
        'import.tooManyEntries',
        `the folder holds more than ${limits.maxEntries} entries`,
      );
    }
    const entry = readMarkdownFile(file, resolved, skipped);
    if (entry) entries.push(entry);
  }
  if (entries.length === 0 && skipped.every((s) => s.reason === 'not-a-journal-file')) {
    throw new ImportError('import.nothingToImport', 'the folder holds no Markdown file');
  }
  return { entries, skipped };
}

function readMarkdownFile(
  file: FolderFile,
  options: ResolvedImportOptions,
  skipped: SkippedItem[],
): ImportedEntry | null {
  const where = file.path;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    // One old Latin-1 note is no attack: leave it out, say so, import the rest.
    skipped.push({ reason: 'not-utf8', where });
    return null;
  }
  const { fields, body: afterFrontMatter } = splitFrontMatter(text);
  const fileName = file.path.slice(file.path.lastIndexOf('/') + 1);

  const date = dateOf(fields.get('date') ?? fields.get('created'), fileName, options);
  if (!date.ok) {
    skipped.push({ reason: date.reason, where });
    return null;
  }

  let body = afterFrontMatter === text ? text : dropLeadingBlankLines(afterFrontMatter);
  let title = fields.get('title');
  if (typeof title !== 'string' || title.trim() === '') {
    const heading = firstHeading(body);
    if (heading) {
      title = heading.title;
      body = body.slice(heading.end);
    } else {
      title = fileName
        .replace(MARKDOWN, '')
        .replace(NAME_DATE, '')
        .replace(/^[\s\-_.]+/, '');
    }
  }
  const rawTags = fields.get('tags') ?? fields.get('tag') ?? [];
  const tags = typeof rawTags === 'string' ? rawTags.split(/[,\s]+/) : rawTags;
  return importedEntry({ title, body, createdAt: date.iso, tags }, options.limits, where);
}

function dateOf(
  value: string | string[] | undefined,
  fileName: string,
  options: ResolvedImportOptions,
): DateVerdict | { ok: false; reason: 'no-date' } {
  if (typeof value === 'string') return parseDateText(value, options);
  if (value !== undefined) return { ok: false, reason: 'bad-date' };
  const named = NAME_DATE.exec(fileName);
  if (!named) return { ok: false, reason: 'no-date' };
  return localInstant(
    { year: +named[1]!, month: +named[2]!, day: +named[3]!, hour: 12, minute: 0, second: 0 },
    options,
  );
}
