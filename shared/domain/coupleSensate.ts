import { z } from 'zod';
import { SENSATE_STAGE_COUNT } from '../content/couple/sensate';
import { PartnerCredentialSchema, PartnerSecretSchema } from './couple';

/**
 * Sensate focus in the couple space, at the IPC boundary (issue 8). What is shared (the stage,
 * a session's agreed limits and debrief) opens with either partner's secret; what is private
 * (a partner's ratings and note) is sealed with that partner's own key and only ever returned
 * to them. Stopping a session takes no secret and no reason.
 */
export const SensateStageIndexSchema = z
  .number()
  .int()
  .min(0)
  .max(SENSATE_STAGE_COUNT - 1);

const SessionIdSchema = z.string().regex(/^[0-9a-f]{32}$/);
const ConsentSchema = z
  .object({ byChoice: z.literal(true), canStop: z.literal(true), partnerCanStop: z.literal(true) })
  .strict();
const BothSecretsSchema = z.object({ a: PartnerSecretSchema, b: PartnerSecretSchema }).strict();
const PerPartner = z.object({ a: z.boolean(), b: z.boolean() }).strict();

export const SENSATE_TEXT_MAX = 4000;
const SharedText = z.string().max(SENSATE_TEXT_MAX);

const Scale = z.number().int().min(0).max(10);
export const SensateRatingsSchema = z
  .object({ comfort: Scale, anxiety: Scale, desire: Scale, spectatoring: Scale })
  .strict();
export type SensateRatings = z.infer<typeof SensateRatingsSchema>;
export const SENSATE_SCALES = ['comfort', 'anxiety', 'desire', 'spectatoring'] as const;

export const SensateDebriefSchema = z
  .object({ good: SharedText, keep: SharedText, change: SharedText })
  .strict();
export type SensateDebrief = z.infer<typeof SensateDebriefSchema>;

export const SensateSessionSummarySchema = z
  .object({
    id: SessionIdSchema,
    stage: SensateStageIndexSchema,
    startedAt: z.string(),
    /** open: started, not yet debriefed; stopped: someone stopped it (no reason is kept); done. */
    state: z.enum(['open', 'stopped', 'done']),
    /** Whether each partner saved their private ratings (never what they are). */
    rated: PerPartner,
  })
  .strict();
export type SensateSessionSummary = z.infer<typeof SensateSessionSummarySchema>;

export const SensateStatusSchema = z
  .object({
    stage: SensateStageIndexSchema,
    /** How the current stage was reached: the start, both partners ready, or their therapist. */
    reachedBy: z.enum(['start', 'both-ready', 'therapist']),
    ready: PerPartner,
    /** Newest first. */
    sessions: z.array(SensateSessionSummarySchema),
  })
  .strict();
export type SensateStatus = z.infer<typeof SensateStatusSchema>;

export const SensateStartSchema = z
  .object({
    secrets: BothSecretsSchema,
    /** Each partner's consent check-in, ticked privately just before: all required, none stored. */
    consent: z.object({ a: ConsentSchema, b: ConsentSchema }).strict(),
    /** The limits both agreed for this session, written together: required. */
    limits: z.string().trim().min(1).max(SENSATE_TEXT_MAX),
  })
  .strict();

export const SensateStartedSchema = z
  .object({ sessionId: SessionIdSchema, status: SensateStatusSchema })
  .strict();

export const SensateStopSchema = z.object({ sessionId: SessionIdSchema }).strict();

export const SensateRateSchema = PartnerCredentialSchema.extend({
  sessionId: SessionIdSchema,
  ratings: SensateRatingsSchema,
  note: z.string().max(SENSATE_TEXT_MAX),
}).strict();

export const SensateDebriefInputSchema = z
  .object({ secrets: BothSecretsSchema, sessionId: SessionIdSchema, debrief: SensateDebriefSchema })
  .strict();

export const SensateReadySchema = PartnerCredentialSchema.extend({ ready: z.boolean() }).strict();

export const SensateSetStageSchema = z
  .object({ secrets: BothSecretsSchema, stage: SensateStageIndexSchema })
  .strict();

/** One partner's own private items, for that partner only. */
export const SensateOwnEntrySchema = z
  .object({ sessionId: SessionIdSchema, ratings: SensateRatingsSchema, note: z.string() })
  .strict();
export type SensateOwnEntry = z.infer<typeof SensateOwnEntrySchema>;
export const SensateOwnSchema = z.object({ entries: z.array(SensateOwnEntrySchema) }).strict();

/** What both share: each session's limits and debrief (null until debriefed). */
export const SensateSharedEntrySchema = z
  .object({ sessionId: SessionIdSchema, limits: z.string(), debrief: SensateDebriefSchema.nullable() })
  .strict();
export type SensateSharedEntry = z.infer<typeof SensateSharedEntrySchema>;
export const SensateSharedSchema = z.object({ sessions: z.array(SensateSharedEntrySchema) }).strict();
