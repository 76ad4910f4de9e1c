import { z } from 'zod';
import { PartnerCredentialSchema, PartnerIdSchema } from './couple';

/**
 * The couple summary for a couples therapist (issue 8) at the IPC boundary. A summary is made
 * of sections both partners already see together (one per source: the revealed desire list
 * first) and, optionally, a note from each partner that only that partner writes. It is written
 * to a file only when both partners approved, each with their own secret, the exact text the
 * preview shows: the approval carries the text's hash, and any change drops both approvals.
 */
export const CoupleSummarySectionIdSchema = z.string().regex(/^[a-z][a-z0-9-]{1,40}$/);
export const COUPLE_NOTE_MAX = 4000;
export const CoupleSummaryNoteSchema = z.string().max(COUPLE_NOTE_MAX);
/** BLAKE2b-256 of the summary's Markdown text, in hex. */
export const CoupleSummaryHashSchema = z.string().regex(/^[0-9a-f]{64}$/);
export const CoupleSummaryFormatSchema = z.enum(['markdown', 'pdf']);
export type CoupleSummaryFormat = z.infer<typeof CoupleSummaryFormatSchema>;

const PerPartner = z.object({ a: z.boolean(), b: z.boolean() }).strict();

/** What anyone at the screen may know without a secret: whether a draft exists, never its text. */
export const CoupleExportStatusSchema = z
  .object({
    /** The sources a summary can draw from, in order (id and title in both languages). */
    sources: z.array(
      z.object({ id: CoupleSummarySectionIdSchema, title: z.object({ en: z.string(), fr: z.string() }) }),
    ),
    draft: z
      .object({
        sections: z.array(CoupleSummarySectionIdSchema),
        lang: z.enum(['en', 'fr']),
        draftedBy: PartnerIdSchema,
        notes: PerPartner,
        /** As recorded; the preview (with a secret) says whether each still matches the text. */
        approvals: PerPartner,
      })
      .strict()
      .nullable(),
  })
  .strict();
export type CoupleExportStatus = z.infer<typeof CoupleExportStatusSchema>;

/** The summary as it would be written, for the partner who typed their secret. */
export const CoupleExportPreviewSchema = z
  .object({
    status: CoupleExportStatusSchema,
    /** The exact Markdown text of the file (a PDF lays out the same text). */
    text: z.string(),
    hash: CoupleSummaryHashSchema,
    /** Sections that made it into the text (a source with nothing shared yet is left out). */
    included: z.array(CoupleSummarySectionIdSchema),
    /** Approvals that match this exact text. */
    approved: PerPartner,
    fileName: z.string(),
  })
  .strict();
export type CoupleExportPreview = z.infer<typeof CoupleExportPreviewSchema>;

export const CoupleExportDraftSchema = PartnerCredentialSchema.extend({
  sections: z
    .array(CoupleSummarySectionIdSchema)
    .max(20)
    .refine((ids) => new Set(ids).size === ids.length, 'each section once'),
  lang: z.enum(['en', 'fr']),
  timeZone: z.string().max(64).optional(),
}).strict();

export const CoupleExportNoteSchema = PartnerCredentialSchema.extend({
  note: CoupleSummaryNoteSchema,
}).strict();

export const CoupleExportApproveSchema = PartnerCredentialSchema.extend({
  /** The hash of the text this partner read. */
  hash: CoupleSummaryHashSchema,
  /** "I agree to share this", ticked for every shared section of the draft. */
  agree: z.array(CoupleSummarySectionIdSchema).max(20),
}).strict();

export const CoupleExportWriteSchema = PartnerCredentialSchema.extend({
  hash: CoupleSummaryHashSchema,
  format: CoupleSummaryFormatSchema,
}).strict();

export const CoupleExportWrittenSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }).strict(),
  z.object({ status: z.literal('written'), fileName: z.string() }).strict(),
]);
