import { z } from 'zod';
import {
  REGION_CODES,
  type CrisisLine,
  type CrisisLineKind,
  type CrisisRegion,
  type LocalizedText,
  type RegionCode,
} from './crisisResources';

// The shapes of crisisResources.ts as schemas: the content tests hold every region to them, and
// stored preferences are validated with RegionCodeSchema. Kept apart so that the data, which the
// unlock screen reads, does not bring zod into it. Each schema is checked against its type both
// ways, so the two cannot drift.

/** Validates a region code (ISO 3166-1 alpha-2). */
export const RegionCodeSchema = z.enum(REGION_CODES);

/** Every user-facing string ships in both languages. */
export const LocalizedTextSchema = z.object({ en: z.string().min(1), fr: z.string().min(1) });

/** A number as the user dials or texts it: digits, grouped by single spaces the way it is advertised. */
export const DialNumberSchema = z.string().regex(/^\d+( \d+)*$/, 'digits grouped by single spaces');

/** See CrisisLineKind. */
export const CrisisLineKindSchema = z.enum(['call', 'text', 'sms']);

/** One helpline; only text lines have a keyword. */
export const CrisisLineSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id'),
    name: LocalizedTextSchema,
    number: DialNumberSchema,
    mnemonic: z.string().min(1).optional(),
    kind: CrisisLineKindSchema,
    textKeyword: z
      .string()
      .regex(/^[A-Z]+$/)
      .optional(),
    description: LocalizedTextSchema,
    hours: LocalizedTextSchema.optional(),
  })
  .refine((line) => line.textKeyword === undefined || line.kind === 'text', {
    message: 'only text lines have a keyword',
    path: ['textKeyword'],
  });

/** Crisis resources for one region. */
export const CrisisRegionSchema = z.object({
  region: RegionCodeSchema,
  name: LocalizedTextSchema,
  emergency: DialNumberSchema,
  lastVerified: z.iso.date(),
  lines: z.array(CrisisLineSchema).min(1),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <T extends true>(): T | undefined => undefined;
agree<Same<z.infer<typeof RegionCodeSchema>, RegionCode>>();
agree<Same<z.infer<typeof LocalizedTextSchema>, LocalizedText>>();
agree<Same<z.infer<typeof CrisisLineKindSchema>, CrisisLineKind>>();
agree<Same<z.infer<typeof CrisisLineSchema>, CrisisLine>>();
agree<Same<z.infer<typeof CrisisRegionSchema>, CrisisRegion>>();
