import { z } from 'zod';
import { MAX_PASSPHRASE_CHARS, MIN_PASSPHRASE_CHARS } from './vault';

/**
 * The couple space at the IPC boundary (issue 8, docs/couple-crypto.md). Partners are 'a' and
 * 'b'; each has their own secret, typed for one call and never kept. Nothing here carries an
 * answer back except the overlaps of a revealed desire list.
 */
export const PartnerIdSchema = z.enum(['a', 'b']);
export type PartnerId = z.infer<typeof PartnerIdSchema>;

/** Chosen by each partner; pronouns are free text ("she", "they", "iel", none). */
export const PartnerProfileSchema = z
  .object({
    name: z.string().trim().min(1).max(40),
    pronouns: z.string().trim().max(40),
  })
  .strict();
export type PartnerProfile = z.infer<typeof PartnerProfileSchema>;

export const PartnerSecretSchema = z.string().min(1).max(MAX_PASSPHRASE_CHARS);
export const NewPartnerSecretSchema = z.string().min(MIN_PASSPHRASE_CHARS).max(MAX_PASSPHRASE_CHARS);

export const CoupleSetupSchema = z
  .object({
    a: PartnerProfileSchema.extend({ secret: NewPartnerSecretSchema }).strict(),
    b: PartnerProfileSchema.extend({ secret: NewPartnerSecretSchema }).strict(),
  })
  .strict();

export const DesireSchema = z.enum(['yes', 'maybe', 'no']);
export type DesireAnswer = z.infer<typeof DesireSchema>;
const ItemIdSchema = z.string().regex(/^[a-z][a-z0-9-]{1,40}$/);
export const DesireAnswersSchema = z.record(ItemIdSchema, DesireSchema);

/** One overlap: both said yes, or one yes and one maybe. A "no" never appears. */
export const DesireOverlapSchema = z
  .object({ itemId: ItemIdSchema, a: z.enum(['yes', 'maybe']), b: z.enum(['yes', 'maybe']) })
  .strict();
export type DesireOverlap = z.infer<typeof DesireOverlapSchema>;

const PerPartner = z.object({ a: z.boolean(), b: z.boolean() }).strict();

export const DesireRoundStatusSchema = z
  .object({
    exercise: z.literal('desire-list'),
    answered: PerPartner,
    ready: PerPartner,
    revealed: z.boolean(),
  })
  .strict();
export type DesireRoundStatus = z.infer<typeof DesireRoundStatusSchema>;

export const CoupleStatusSchema = z.discriminatedUnion('exists', [
  z.object({ exists: z.literal(false) }).strict(),
  z
    .object({
      exists: z.literal(true),
      partners: z.object({ a: PartnerProfileSchema, b: PartnerProfileSchema }).strict(),
      exercises: z.array(DesireRoundStatusSchema),
    })
    .strict(),
]);
export type CoupleStatus = z.infer<typeof CoupleStatusSchema>;

/** One partner's secret, for one call. */
export const PartnerCredentialSchema = z
  .object({ partner: PartnerIdSchema, secret: PartnerSecretSchema })
  .strict();

export const DesireSubmitSchema = PartnerCredentialSchema.extend({
  /** The consent check-in, answered privately just before: all three are required. */
  consent: z
    .object({ byChoice: z.literal(true), canStop: z.literal(true), partnerCanStop: z.literal(true) })
    .strict(),
  answers: DesireAnswersSchema,
}).strict();

export const DesireReadySchema = PartnerCredentialSchema.extend({ ready: z.boolean() }).strict();

export const DesireRevealSchema = z
  .object({ secrets: z.object({ a: PartnerSecretSchema, b: PartnerSecretSchema }).strict() })
  .strict();

export const DesireOverlapsSchema = z.object({ overlaps: z.array(DesireOverlapSchema) }).strict();
