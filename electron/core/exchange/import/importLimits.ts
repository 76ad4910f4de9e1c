import { MAX_BODY_CHARS, MAX_TITLE_CHARS } from '../../../../shared/domain/entry';

const MiB = 1024 * 1024;

/**
 * What an import may cost, whatever the file says about itself. Every limit is checked before
 * the work it guards (sizes before decoding, depth before JSON.parse, counts before validation,
 * declared zip sizes before inflating, actual sizes while inflating), so a hostile file fails
 * fast, in bounded memory, and imports nothing.
 */
export interface ImportLimits {
  /** The file handed to the importer (or the whole folder). */
  maxFileBytes: number;
  /** JSON text, in total (all the JSON files of an archive together). */
  maxJsonBytes: number;
  maxEntries: number;
  /** Arrays and objects inside each other; checked by a linear scan before JSON.parse. */
  maxDepth: number;
  maxBodyChars: number;
  maxTitleChars: number;
  /** Files in a zip archive, or in a folder. */
  maxFiles: number;
  /** Sum of the sizes a zip archive declares for its files once uncompressed. */
  maxUncompressedBytes: number;
  /** Uncompressed ÷ compressed size of one zip file; deflate's honest best is about 1000:1 on zeros. */
  maxCompressionRatio: number;
  /** Below this uncompressed size a file's ratio is not checked (tiny files compress oddly). */
  ratioCheckFromBytes: number;
}

export const DEFAULT_IMPORT_LIMITS: Readonly<ImportLimits> = {
  maxFileBytes: 200 * MiB,
  maxJsonBytes: 100 * MiB,
  maxEntries: 100_000,
  maxDepth: 64,
  maxBodyChars: MAX_BODY_CHARS,
  maxTitleChars: MAX_TITLE_CHARS,
  maxFiles: 100_000,
  maxUncompressedBytes: 1024 * MiB,
  // JSON text compresses 5–20 times; a ratio of 100 leaves room and stops bombs (~1000).
  maxCompressionRatio: 100,
  ratioCheckFromBytes: 1 * MiB,
};

export interface ImportOptions {
  /** Tests pass small limits so the hostile cases run fast. */
  limits?: Partial<ImportLimits>;
  /** The clock: dates later than a day after it are refused. */
  now?: () => Date;
  /**
   * Turns a wall-clock time without a zone (jrnl, Markdown front matter) into an instant. The
   * default reads it in the computer's own time zone, which is where the writer wrote it.
   */
  localTime?: (parts: LocalDateTime) => Date;
}

/** A wall-clock date and time, months 1–12. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export interface ResolvedImportOptions {
  limits: ImportLimits;
  now: Date;
  localTime: (parts: LocalDateTime) => Date;
}

function systemLocalTime(p: LocalDateTime): Date {
  const date = new Date(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  // new Date(y, …) maps years 0–99 to 1900–1999; set the year again to mean what was written.
  date.setFullYear(p.year, p.month - 1, p.day);
  return date;
}

export function resolveImportOptions(options: ImportOptions = {}): ResolvedImportOptions {
  return {
    limits: { ...DEFAULT_IMPORT_LIMITS, ...options.limits },
    now: (options.now ?? (() => new Date()))(),
    localTime: options.localTime ?? systemLocalTime,
  };
}
