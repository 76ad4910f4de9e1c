import { FeelingListSchema } from './feelings';
import { z } from 'zod';
import { IsoInstantSchema } from './entry';
import {
  EXERCISE_KINDS,
  EXERCISES,
  MAX_EXERCISE_SECONDS,
  MAX_NOTICED_CHARS,
  type ExerciseKind,
} from './exerciseCatalogue';

// The catalogue is plain data in exerciseCatalogue.ts (the unlock screen reads it without zod);
// this module adds the session records' schemas.
export * from './exerciseCatalogue';

export const ExerciseKindSchema = z.enum(EXERCISE_KINDS);

/** A distress rating: 0 (none) to 10 (the most the person can imagine), whole numbers. */
export const DistressSchema = z.number().int().min(0).max(10);

const NoticedSchema = z.string().trim().min(1).max(MAX_NOTICED_CHARS);

/** What the person noticed during grounding, in their own words: at most 5, 4, 3, 2 and 1 things. */
export const GroundingNotesSchema = z.strictObject({
  see: z.array(NoticedSchema).max(5),
  touch: z.array(NoticedSchema).max(4),
  hear: z.array(NoticedSchema).max(3),
  smell: z.array(NoticedSchema).max(2),
  taste: z.array(NoticedSchema).max(1),
});
export type GroundingNotes = z.infer<typeof GroundingNotesSchema>;

export const ExerciseSessionIdSchema = z
  .string()
  .regex(/^[0-9a-f]{32}$/, 'an exercise session id is 32 lowercase hex characters');

const sessionFields = {
  kind: ExerciseKindSchema,
  /** When the exercise began; the core refuses an instant in the future. */
  startedAt: IsoInstantSchema,
  durationSec: z.number().int().min(0).max(MAX_EXERCISE_SECONDS),
  /** True when the person reached the end (the pacer's full time, the last sense). */
  completed: z.boolean(),
  distressBefore: DistressSchema.nullable(),
  distressAfter: DistressSchema.nullable(),
  /** Grounding only, and optional even then. */
  senses: GroundingNotesSchema.optional(),
  /** Feelings named afterwards, if the person wants to (absent from older sessions). */
  emotions: FeelingListSchema.optional(),
};

function sensesOnlyForGrounding(
  session: { kind: ExerciseKind; senses?: GroundingNotes | undefined },
  ctx: z.RefinementCtx,
): void {
  if (session.senses !== undefined && EXERCISES[session.kind].family !== 'grounding') {
    ctx.addIssue({ code: 'custom', path: ['senses'], message: 'only a grounding exercise notes senses' });
  }
}

/** What the exercise screen sends when the person chooses to save. Unknown keys are refused. */
export const ExerciseSessionDraftSchema = z.strictObject(sessionFields).superRefine(sensesOnlyForGrounding);
export type ExerciseSessionDraft = z.infer<typeof ExerciseSessionDraftSchema>;

/** A saved session, as stored (one encrypted value) and listed. */
export const ExerciseSessionSchema = z
  .strictObject({ id: ExerciseSessionIdSchema, ...sessionFields })
  .superRefine(sensesOnlyForGrounding);
export type ExerciseSession = z.infer<typeof ExerciseSessionSchema>;
