import { z } from 'zod';
import { GRID_MAX, GRID_MIN } from '../content/emotions';
import { IsoInstantSchema } from './entry';
import { FeelingListSchema } from './feelings';

export const CheckinIdSchema = z
  .string()
  .regex(/^[0-9a-f]{32}$/, 'a check-in id is 32 lowercase hex characters');

/** Context tags are the user's own words (sleep, work, partner…), short and few. */
export const ContextTagSchema = z.string().trim().min(1).max(40);
export const MAX_CONTEXT_TAGS = 12;
export const MAX_CHECKIN_NOTE_CHARS = 2000;

/** Context tags offered before the user has made their own (CONTENT.md's examples). */
export const DEFAULT_CONTEXT_TAGS = [
  'sleep',
  'work',
  'partner',
  'family',
  'friends',
  'body',
  'health',
  'cycle',
  'alcohol',
] as const;

const GridValueSchema = z.number().int().min(GRID_MIN).max(GRID_MAX);

/**
 * A quick emotion check-in: a point on the valence × energy grid (optional: a word alone is
 * enough), up to three labels each with an intensity 0–10, an optional note and context tags.
 */
export const CheckinDraftSchema = z
  .object({
    valence: GridValueSchema.nullable(),
    energy: GridValueSchema.nullable(),
    labels: FeelingListSchema,
    note: z.string().max(MAX_CHECKIN_NOTE_CHARS),
    context: z.array(ContextTagSchema).max(MAX_CONTEXT_TAGS),
    /** When it was felt, if not now ("this morning"); never in the future. */
    at: IsoInstantSchema.optional(),
  })
  .refine((c) => (c.valence === null) === (c.energy === null), 'a grid point has both coordinates')
  .refine((c) => c.valence !== null || c.labels.length > 0, 'place yourself on the grid or pick a word');
export type CheckinDraft = z.infer<typeof CheckinDraftSchema>;

export const CheckinSchema = z.object({
  id: CheckinIdSchema,
  at: IsoInstantSchema,
  valence: GridValueSchema.nullable(),
  energy: GridValueSchema.nullable(),
  labels: z.array(z.object({ id: z.string(), intensity: z.number().int() })),
  note: z.string(),
  context: z.array(z.string()),
});
export type Checkin = z.infer<typeof CheckinSchema>;
