import { z } from 'zod';
import { EntryIdSchema, IsoInstantSchema } from '../domain/entry';
import { TextRangeSchema } from './redaction';

/** Formats an export can take (one file each). */
export const EXPORT_FORMATS = ['pdf', 'markdown', 'json', 'csv-checkins', 'csv-selfchecks'] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

/** The most entries one export takes (the whole of a large journal fits). */
export const MAX_EXPORT_ENTRIES = 100_000;
export const MAX_TO_BRING_CHARS = 5000;
/** The most image bytes one export gathers (they are held in memory while the zip is written). */
export const MAX_EXPORT_IMAGE_BYTES = 512 * 1024 * 1024;

/**
 * What the renderer asks to export: the user's choice, never the data itself. The core reads the
 * entries, check-ins and self-check-ins from the vault, so the preview and the file cannot differ.
 * `period` bounds the check-ins and self-check-ins included (entries are chosen one by one).
 */
export const ExportRequestSchema = z.strictObject({
  format: ExportFormatSchema,
  lang: z.enum(['en', 'fr']),
  entryIds: z
    .array(EntryIdSchema)
    .max(MAX_EXPORT_ENTRIES)
    .refine((ids) => new Set(ids).size === ids.length, 'each entry once'),
  redactions: z
    .array(z.strictObject({ entryId: EntryIdSchema, ranges: z.array(TextRangeSchema).min(1).max(10_000) }))
    .max(MAX_EXPORT_ENTRIES),
  includeCheckins: z.boolean(),
  includeSelfChecks: z.boolean(),
  /** Exercise sessions of the period, summarised per exercise (absent: not included). */
  includeExercises: z.boolean().optional(),
  period: z.strictObject({ from: IsoInstantSchema, to: IsoInstantSchema }),
  toBring: z.string().max(MAX_TO_BRING_CHARS),
  /** Paper for a PDF (A4 unless the writer picks US Letter). */
  pageSize: z.enum(['A4', 'LETTER']).optional(),
  /** IANA time zone for written dates (the renderer's); the system's when absent. */
  timeZone: z.string().max(64).optional(),
  /**
   * Markdown only: the entries' images too. The file is then a zip of a folder holding the
   * Markdown file and an images/ folder it links to (a Markdown file cannot hold images itself).
   */
  includeImages: z.boolean().optional(),
});
export type ExportRequest = z.infer<typeof ExportRequestSchema>;

/**
 * The shortest password an export may be protected with. The formats a therapist can open with
 * standard tools derive their keys quickly (a PDF's AES-256 handler: SHA-2 rounds; a zip's AES:
 * PBKDF2-SHA1 with 1,000 iterations), so the password itself must carry the strength: the
 * wizard offers a generated one.
 */
export const EXPORT_PASSWORD_MIN = 12;
export const EXPORT_PASSWORD_MAX = 256;
export const ExportPasswordSchema = z.string().min(EXPORT_PASSWORD_MIN).max(EXPORT_PASSWORD_MAX);

/**
 * What 'export:write' takes: the request, and optionally a password. With one, a PDF is written
 * encrypted (PDF 2.0 / 1.7 ext. 3 AES-256: any PDF reader asks for the password), and the other
 * formats go into a zip encrypted with AES-256 (WinZip AE-2: 7-Zip, Keka, The Unarchiver, WinZip
 * open it; macOS's Archive Utility and older Windows Explorer do not).
 */
export const ExportWriteRequestSchema = ExportRequestSchema.extend({
  password: ExportPasswordSchema.optional(),
});
export type ExportWriteRequest = z.infer<typeof ExportWriteRequestSchema>;

/** What was written, kept encrypted in the vault so the user can review every export. */
export const ExportLogRecordSchema = z.strictObject({
  at: IsoInstantSchema,
  format: ExportFormatSchema,
  entries: z.number().int().min(0),
  checkins: z.number().int().min(0),
  selfChecks: z.number().int().min(0),
  hiddenPassages: z.number().int().min(0),
  /** Images written beside a Markdown file (absent in older records). */
  images: z.number().int().min(0).optional(),
  fileName: z.string().max(255),
  /** Written with a password (absent in records from before exports could be protected). */
  protected: z.boolean().optional(),
  /** A couple summary for a therapist (both partners approved it); absent for the journal's exports. */
  kind: z.literal('couple-summary').optional(),
});
export type ExportLogRecord = z.infer<typeof ExportLogRecordSchema>;

/** How many export records the log keeps (the oldest go first). */
export const EXPORT_LOG_LIMIT = 1000;
