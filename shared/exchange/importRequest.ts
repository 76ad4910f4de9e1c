import { z } from 'zod';
import { SKIP_REASONS } from './importResult';

/** What the user says they are importing: it decides the picker (file or folder) and the reader. */
export const IMPORT_KINDS = ['alcove', 'jrnl', 'dayone', 'markdown'] as const;
export const ImportKindSchema = z.enum(IMPORT_KINDS);
export type ImportKind = z.infer<typeof ImportKindSchema>;

/** What an import did: everything in one transaction, or nothing (then an error says why). */
export const ImportReportSchema = z.object({
  imported: z.number().int().min(0),
  duplicates: z.number().int().min(0),
  /** Photos attached to the entries added. */
  images: z.number().int().min(0),
  skipped: z.array(
    z.object({
      reason: z.enum(SKIP_REASONS),
      /** Where in the user's file; shown to the user, never logged. */
      where: z.string(),
      count: z.number().int().optional(),
    }),
  ),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;
