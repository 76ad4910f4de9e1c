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
  period: z.strictObject({ from: IsoInstantSchema, to: IsoInstantSchema }),
  toBring: z.string().max(MAX_TO_BRING_CHARS),
  /** Paper for a PDF (A4 unless the writer picks US Letter). */
  pageSize: z.enum(['A4', 'LETTER']).optional(),
  /** IANA time zone for written dates (the renderer's); the system's when absent. */
  timeZone: z.string().max(64).optional(),
});
export type ExportRequest = z.infer<typeof ExportRequestSchema>;

/** What was written, kept encrypted in the vault so the user can review every export. */
export const ExportLogRecordSchema = z.strictObject({
  at: IsoInstantSchema,
  format: ExportFormatSchema,
  entries: z.number().int().min(0),
  checkins: z.number().int().min(0),
  selfChecks: z.number().int().min(0),
  hiddenPassages: z.number().int().min(0),
  fileName: z.string().max(255),
});
export type ExportLogRecord = z.infer<typeof ExportLogRecordSchema>;

/** How many export records the log keeps (the oldest go first). */
export const EXPORT_LOG_LIMIT = 1000;
