import { z } from 'zod';
import { TALK_EXERCISE_IDS } from '../content/couple/talk';
import { PartnerCredentialSchema, PartnerSecretSchema } from './couple';

/**
 * The couple space's conversation exercises at the IPC boundary (issue 8,
 * shared/content/couple/talk.ts). A round is one instance of an exercise (for a deck, one
 * question). Each partner's answer is sealed under their own key; answers come back only from
 * a revealed round, side by side, and only to a partner who typed their secret.
 */
export const TalkExerciseIdSchema = z.enum(TALK_EXERCISE_IDS);

const RoundIdSchema = z.string().regex(/^[0-9a-f]{32}$/);
const QuestionIdSchema = z.string().regex(/^[a-z][a-z0-9-]{1,40}$/);
const FieldIdSchema = z.string().regex(/^[a-z][a-z0-9-]{1,40}$/);

/** Long enough for a few paragraphs; the core checks each field against the exercise. */
export const TALK_TEXT_MAX = 4000;
export const TalkFieldValueSchema = z.union([z.string().max(TALK_TEXT_MAX), z.number().int().min(0).max(10)]);
export const TalkFieldsSchema = z.record(FieldIdSchema, TalkFieldValueSchema);
export type TalkFields = z.infer<typeof TalkFieldsSchema>;

const PerPartner = z.object({ a: z.boolean(), b: z.boolean() }).strict();

export const TalkOpenRoundSchema = z
  .object({
    roundId: RoundIdSchema,
    exercise: TalkExerciseIdSchema,
    /** The deck's question; null for the other exercises. */
    questionId: QuestionIdSchema.nullable(),
    answered: PerPartner,
    ready: PerPartner,
  })
  .strict();
export type TalkOpenRound = z.infer<typeof TalkOpenRoundSchema>;

export const TalkRevealedSummarySchema = z
  .object({
    roundId: RoundIdSchema,
    exercise: TalkExerciseIdSchema,
    questionId: QuestionIdSchema.nullable(),
    /** When both revealed, stored encrypted with the round. */
    revealedAt: z.iso.datetime(),
  })
  .strict();
export type TalkRevealedSummary = z.infer<typeof TalkRevealedSummarySchema>;

/** No answer text: which rounds are open, who answered and who is ready; the history, newest first. */
export const TalkStatusSchema = z
  .object({ open: z.array(TalkOpenRoundSchema), revealed: z.array(TalkRevealedSummarySchema) })
  .strict();
export type TalkStatus = z.infer<typeof TalkStatusSchema>;

export const TalkStartSchema = z
  .object({ exercise: TalkExerciseIdSchema, questionId: QuestionIdSchema.nullable() })
  .strict();

/** The consent check-in, answered privately just before an intimate exercise. */
export const TalkConsentSchema = z
  .object({ byChoice: z.literal(true), canStop: z.literal(true), partnerCanStop: z.literal(true) })
  .strict();

export const TalkAnswerSchema = PartnerCredentialSchema.extend({
  roundId: RoundIdSchema,
  consent: TalkConsentSchema.optional(),
  fields: TalkFieldsSchema,
}).strict();

export const TalkReadySchema = PartnerCredentialSchema.extend({
  roundId: RoundIdSchema,
  ready: z.boolean(),
}).strict();

export const TalkRoundCredentialSchema = PartnerCredentialSchema.extend({ roundId: RoundIdSchema }).strict();

export const TalkRevealSchema = z
  .object({
    roundId: RoundIdSchema,
    secrets: z.object({ a: PartnerSecretSchema, b: PartnerSecretSchema }).strict(),
  })
  .strict();

export const TalkRevealedRoundSchema = TalkRevealedSummarySchema.extend({
  answers: z.object({ a: TalkFieldsSchema, b: TalkFieldsSchema }).strict(),
}).strict();
export type TalkRevealedRound = z.infer<typeof TalkRevealedRoundSchema>;
