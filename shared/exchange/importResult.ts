import type { Feeling } from '../domain/feelings';
import type { Worksheet } from '../domain/worksheet';
import type { PromptRef } from '../domain/entry';

// What every importer returns, whatever the source format. Only what the core needs to create
// entries (EntryRepository.createMany) plus the source's tags, which Alcove has no place for yet.

export interface ImportedEntry {
  title: string;
  /** Markdown text as it was in the source. */
  body: string;
  /** ISO-8601 instants in UTC. */
  createdAt: string;
  updatedAt: string;
  /** Catalogue labels only (ids Alcove does not know are dropped and reported). */
  emotions: Feeling[];
  /** The source's tags, without their "@" or "#" sign. */
  tags: string[];
  /**
   * Images to attach (Day One photos), already checked to be PNG, JPEG, GIF or WebP within the
   * attachment size limit. They are stored encrypted with the entry, in the same transaction.
   */
  images?: { name: string; bytes: Uint8Array }[];
  /** A structured worksheet (Alcove's own exports only); the body is then rewritten from it. */
  worksheet?: Worksheet | undefined;
  /** The prompt the entry was written from (Alcove's own exports only). */
  prompt?: PromptRef | undefined;
}

/**
 * Why a part of the file was left out while the rest was imported. Stable codes the UI
 * translates; a file as a whole that is damaged or hostile is refused instead (ImportProblem).
 */
export const SKIP_REASONS = [
  /** No date in front matter nor a YYYY-MM-DD file-name prefix. */
  'no-date',
  /** A date that does not parse or is not a real day or time. */
  'bad-date',
  /** Dated more than a day after the import, or before 1900. */
  'date-out-of-range',
  /** A file in the folder or archive that is not a journal file (images, settings…). */
  'not-a-journal-file',
  /** A Markdown file that is not UTF-8 text. */
  'not-utf8',
  /** Videos, audio and PDFs are not imported (`count` says how many). */
  'attachments-not-imported',
  /** A feeling whose label this version of Alcove does not know (`count` says how many). */
  'unknown-feeling',
  /** Photos in a format Alcove cannot show (HEIC, RAW…) or over the 15 MB limit (`count`). */
  'photo-unsupported',
  /** Photos the journal refers to but the archive does not hold, e.g. Journal.json alone (`count`). */
  'photo-missing',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface SkippedItem {
  reason: SkipReason;
  /** The file, and the entry in it, that was left out (a path or a position; never entry text). */
  where: string;
  count?: number;
}

export interface ImportResult {
  entries: ImportedEntry[];
  skipped: SkippedItem[];
}

/**
 * Why a whole file was refused (nothing imported). A closed list of message keys the renderer
 * translates; the error's English message adds the detail (a path in the file, a limit).
 */
export const IMPORT_PROBLEMS = [
  'import.tooLarge',
  'import.notUtf8',
  'import.notJson',
  'import.tooDeep',
  'import.wrongFormat',
  'import.newerVersion',
  'import.invalidContent',
  'import.tooManyEntries',
  'import.textTooLong',
  'import.notZip',
  'import.zipBomb',
  'import.encryptedZip',
  'import.unsafePath',
  'import.duplicateName',
  'import.nothingToImport',
] as const;
export type ImportProblem = (typeof IMPORT_PROBLEMS)[number];
