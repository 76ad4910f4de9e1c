import { z } from 'zod';
import { DesireAnswersSchema } from './couple';

/**
 * Two machines (issue 8, docs/couple-crypto.md "Two machines"): each partner has their own
 * Alcove vault on their own computer, and the owner of this vault is "me". Partners pair by
 * swapping pairing cards and comparing a code in person; then desire-list steps travel as
 * partner files the user carries by any means. The renderer never names a path: the core asks
 * the native dialogs. Nothing here ever carries a partner's "no".
 */

/** A name the user chose; the partner's comes from their pairing card and is checked the same way. */
export const ExchangeNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .refine((name) => !/\p{Cc}/u.test(name), 'no control characters');

/** One overlap from my side: what I said and what my partner said. Never a "no". */
export const RemoteOverlapSchema = z
  .object({
    itemId: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/),
    mine: z.enum(['yes', 'maybe']),
    theirs: z.enum(['yes', 'maybe']),
  })
  .strict();
export type RemoteOverlap = z.infer<typeof RemoteOverlapSchema>;

/**
 * Where the desire list across machines stands, from this vault's side:
 * idle → (I invite) offered → done, or idle → (their invitation arrives) invited → (I answer)
 * replied → done.
 */
export const ExchangeDesireSchema = z.discriminatedUnion('stage', [
  z.object({ stage: z.literal('idle') }).strict(),
  /** My invitation is made; waiting for their reply. */
  z.object({ stage: z.literal('offered') }).strict(),
  /** Their invitation is imported; my answers are needed. */
  z.object({ stage: z.literal('invited') }).strict(),
  /** My reply is made; waiting for their last file. */
  z.object({ stage: z.literal('replied') }).strict(),
  z
    .object({
      stage: z.literal('done'),
      role: z.enum(['initiator', 'responder']),
      overlaps: z.array(RemoteOverlapSchema),
    })
    .strict(),
]);
export type ExchangeDesire = z.infer<typeof ExchangeDesireSchema>;

/** Which step a file made by this vault carries (for the screen's wording, never in the file name). */
export const OutgoingKindSchema = z.enum(['offer', 'reply', 'finish']);
export type OutgoingKind = z.infer<typeof OutgoingKindSchema>;

export const ExchangeStatusSchema = z
  .object({
    /** My display name; null before I chose one (the identity is made with it). */
    name: z.string().nullable(),
    partner: z
      .object({
        name: z.string(),
        /** True once I said the codes match: only then are their files trusted. */
        paired: z.boolean(),
        /** pairingCode(mine, theirs): 12 groups of 5 digits, the same on both screens. */
        code: z.string().regex(/^\d{5}( \d{5}){11}$/),
      })
      .strict()
      .nullable(),
    desire: ExchangeDesireSchema,
    /** A file this vault made and the user may still need to save (again). */
    outgoing: OutgoingKindSchema.nullable(),
  })
  .strict();
export type ExchangeStatus = z.infer<typeof ExchangeStatusSchema>;

export const ExchangeSetNameSchema = z.object({ name: ExchangeNameSchema }).strict();

export const ExchangeConfirmSchema = z.object({ codesMatch: z.boolean() }).strict();

/** The same three-tick consent check-in as the desire list on one machine; nothing of it is stored. */
const ConsentSchema = z
  .object({ byChoice: z.literal(true), canStop: z.literal(true), partnerCanStop: z.literal(true) })
  .strict();
export const ExchangeAnswersSchema = z
  .object({ consent: ConsentSchema, answers: DesireAnswersSchema })
  .strict();

export const FILE_REFUSALS = [
  'MALFORMED',
  'UNSUPPORTED_VERSION',
  'NOT_FOR_THIS_VAULT',
  'UNKNOWN_SENDER',
  'TAMPERED',
  'REPLAYED',
] as const;
/**
 * Why an import changed nothing: the file-level checks (exchangeFile.ts), then the desire
 * steps': NOT_EXPECTED (a step this vault is not waiting for), DIFFERENT_LIST (their Alcove
 * has another version of the list), WRONG_SESSION (a step of an older or stopped list).
 */
export const ExchangeRefusalSchema = z.enum([
  ...FILE_REFUSALS,
  'NOT_EXPECTED',
  'DIFFERENT_LIST',
  'WRONG_SESSION',
]);
export type ExchangeRefusalCode = z.infer<typeof ExchangeRefusalSchema>;

/** Why a pairing card was not taken: not a card, my own card, or a partner is already paired. */
export const CardRefusalSchema = z.enum(['NOT_A_CARD', 'OWN_CARD', 'ALREADY_PAIRED']);
export type CardRefusal = z.infer<typeof CardRefusalSchema>;

export const ExchangeSavedSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }).strict(),
  z.object({ status: z.literal('saved'), fileName: z.string() }).strict(),
]);

export const CardImportResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }).strict(),
  z.object({ status: z.literal('refused'), code: CardRefusalSchema }).strict(),
  z.object({ status: z.literal('imported'), exchange: ExchangeStatusSchema }).strict(),
]);
export type CardImportResult = z.infer<typeof CardImportResultSchema>;

export const FileImportResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }).strict(),
  z.object({ status: z.literal('refused'), code: ExchangeRefusalSchema }).strict(),
  z
    .object({
      status: z.literal('imported'),
      step: OutgoingKindSchema,
      exchange: ExchangeStatusSchema,
    })
    .strict(),
]);
export type FileImportResult = z.infer<typeof FileImportResultSchema>;
