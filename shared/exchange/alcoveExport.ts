import { z } from 'zod';
import {
  GRID_MAX,
  GRID_MIN,
  INTENSITY_MAX,
  INTENSITY_MIN,
  MAX_LABELS_PER_CHECKIN,
} from '../content/emotions';
import { SCALE_IDS, SCALES, SelfCheckDraftSchema } from '../content/scales';
import { MAX_CHECKIN_NOTE_CHARS, MAX_CONTEXT_TAGS } from '../domain/checkin';
import { MAX_BODY_CHARS, MAX_TITLE_CHARS, PromptPackIdSchema, PromptRefSchema } from '../domain/entry';
import { WorksheetSchema } from '../domain/worksheet';
import { MAX_TAG_NAME, MAX_TAGS_PER_ENTRY } from '../domain/tag';

// The Alcove JSON export (version 1): the open, documented format a user takes anywhere, and the
// one Alcove reads back. Every object is strict (an unknown key is refused, so a typo or a
// different format never half-imports) and every string and list is bounded by the app's own
// limits, so the same schema doubles as the hostile-input check on import.
// Published as docs/alcove-export.schema.json (generated from this file; a test keeps them equal).

export const ALCOVE_EXPORT_FORMAT = 'alcove-export';
export const ALCOVE_EXPORT_VERSION = 1;

/** The import limit (100,000 entries) is also what an export may hold. */
export const MAX_EXPORT_ENTRIES = 100_000;
/** Check-ins are small and can be several a day: ten years of five a day fits. */
export const MAX_EXPORT_CHECKINS = 100_000;
export const MAX_EXPORT_SELF_CHECKS = 10_000;
export const MAX_DISCLAIMER_CHARS = 2000;
const MAX_APP_FIELD_CHARS = 100;
const MAX_LABEL_ID_CHARS = 40;
const MAX_CONTEXT_TAG_CHARS = 40;
const MAX_VERSION_CHARS = 200;

const HEX_ID = /^[0-9a-f]{32}$/;
const KEBAB_ID = /^[a-z]+(-[a-z]+)*$/;

/** An instant in UTC as Date#toISOString writes it. */
const InstantSchema = z.iso.datetime();

/**
 * A named feeling. The id is checked for shape, not against today's catalogue: a file written by a
 * newer Alcove with more labels must still parse (the importer drops ids it does not know).
 */
export const ExportedFeelingSchema = z.strictObject({
  id: z.string().max(MAX_LABEL_ID_CHARS).regex(KEBAB_ID, 'a label id is kebab-case English'),
  intensity: z.number().int().min(INTENSITY_MIN).max(INTENSITY_MAX),
});

const FeelingsSchema = z
  .array(ExportedFeelingSchema)
  .max(MAX_LABELS_PER_CHECKIN)
  .refine((labels) => new Set(labels.map((l) => l.id)).size === labels.length, 'each label once');

export const ExportedEntrySchema = z.strictObject({
  id: z.string().regex(HEX_ID, 'an entry id is 32 lowercase hex characters'),
  title: z.string().max(MAX_TITLE_CHARS),
  body: z
    .string()
    .max(MAX_BODY_CHARS)
    .describe(
      'Markdown text as written; a passage the writer hid is replaced by "[passage hidden]" or "[passage masqué]".',
    ),
  emotions: FeelingsSchema.describe('Feelings named for the entry, each with an intensity from 0 to 10.'),
  worksheet: WorksheetSchema.optional().describe(
    'A structured exercise (thought record, behavioural activation, self-compassion break, three good things, values check); the body is then its Markdown. Left out when a passage of the entry was hidden.',
  ),
  prompt: z
    .strictObject({ packId: PromptPackIdSchema, promptId: PromptRefSchema.shape.promptId })
    .optional()
    .describe(
      'The prompt the entry was written from: the id of its pack (a pack of Alcove, or "mine-" and 32 hex characters for one the writer made) and of the prompt. Ids only, never the prompt text.',
    ),
  tags: z
    .array(z.string().min(1).max(MAX_TAG_NAME))
    .max(MAX_TAGS_PER_ENTRY)
    .optional()
    .describe(
      'The names of the tags the writer gave the entry; absent when it has none (and in files written before entries had tags). On import, a tag with the same name (case and accents aside) is reused, else created.',
    ),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});
export type ExportedEntry = z.infer<typeof ExportedEntrySchema>;

const GridValueSchema = z.number().int().min(GRID_MIN).max(GRID_MAX);

export const ExportedCheckinSchema = z.strictObject({
  id: z.string().regex(HEX_ID, 'a check-in id is 32 lowercase hex characters'),
  at: InstantSchema,
  valence: GridValueSchema.nullable().describe(
    'Unpleasant (-3) to pleasant (+3); null when only words were picked.',
  ),
  energy: GridValueSchema.nullable().describe(
    'Low (-3) to high (+3) energy; null when only words were picked.',
  ),
  labels: FeelingsSchema,
  note: z.string().max(MAX_CHECKIN_NOTE_CHARS),
  context: z.array(z.string().min(1).max(MAX_CONTEXT_TAG_CHARS)).max(MAX_CONTEXT_TAGS),
});
export type ExportedCheckin = z.infer<typeof ExportedCheckinSchema>;

const MAX_SCALE_ITEMS = Math.max(...Object.values(SCALES).map((s) => s.items.length));
const MAX_SCALE_ANSWER = Math.max(...Object.values(SCALES).flatMap((s) => s.options.map((o) => o.value)));
const MAX_SCALE_SCORE = Math.max(
  ...Object.values(SCALES).map((s) => MAX_SCALE_ANSWER * s.items.length * s.multiplier),
);

export const ExportedSelfCheckSchema = z
  .strictObject({
    id: z.string().regex(HEX_ID, 'a self-check-in id is 32 lowercase hex characters'),
    at: InstantSchema,
    scale: z.enum(SCALE_IDS),
    answers: z.array(z.number().int().min(0).max(MAX_SCALE_ANSWER)).min(1).max(MAX_SCALE_ITEMS),
    score: z.number().int().min(0).max(MAX_SCALE_SCORE),
    band: z.string().max(MAX_LABEL_ID_CHARS).regex(KEBAB_ID, 'a band id is kebab-case English'),
    version: z.string().min(1).max(MAX_VERSION_CHARS).describe('The instrument and its reference.'),
  })
  .superRefine((check, ctx) => {
    // The answers must fit the instrument (count and allowed values), as when it was taken.
    const result = SelfCheckDraftSchema.safeParse({ scale: check.scale, answers: check.answers });
    if (!result.success) {
      for (const issue of result.error.issues)
        ctx.addIssue({ code: 'custom', path: ['answers'], message: issue.message });
    }
  });
export type ExportedSelfCheck = z.infer<typeof ExportedSelfCheckSchema>;

export const AlcoveExportSchema = z
  .strictObject({
    format: z.literal(ALCOVE_EXPORT_FORMAT),
    version: z.literal(ALCOVE_EXPORT_VERSION),
    exportedAt: InstantSchema,
    app: z.strictObject({
      name: z.string().min(1).max(MAX_APP_FIELD_CHARS),
      version: z.string().min(1).max(MAX_APP_FIELD_CHARS),
    }),
    disclaimer: z
      .string()
      .min(1)
      .max(MAX_DISCLAIMER_CHARS)
      .describe(
        'Carried by every export: Alcove is not a substitute for care and is not monitored by anyone.',
      ),
    entries: z.array(ExportedEntrySchema).max(MAX_EXPORT_ENTRIES),
    checkins: z.array(ExportedCheckinSchema).max(MAX_EXPORT_CHECKINS).optional(),
    selfChecks: z.array(ExportedSelfCheckSchema).max(MAX_EXPORT_SELF_CHECKS).optional(),
  })
  .meta({
    title: 'Alcove export',
    description:
      'A journal exported from Alcove (format "alcove-export", version 1). Entry bodies are Markdown text; all instants are ISO-8601 in UTC. Unknown keys are not allowed.',
  });
export type AlcoveExport = z.infer<typeof AlcoveExportSchema>;

/** The JSON Schema published as docs/alcove-export.schema.json. */
export function alcoveExportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(AlcoveExportSchema) as Record<string, unknown>;
}
