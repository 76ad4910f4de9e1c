import { z } from 'zod';
import {
  FrameworkSchema,
  IntensitySchema,
  MAX_PROMPTS_PER_PACK,
  PROMPT_TEXT_MAX,
  PromptIdSchema,
  PromptTagSchema,
  TimeOfDaySchema,
} from './schema';

// Packs people write themselves, in Alcove or in a file (e.g. one a therapist prepared and handed over).
// The same shape as a shipped pack's prompts, made fit for people: one prompt is enough, one language or
// both, ids and framework optional. Every object is strict and every string bounded, and text may not
// hold control or bidirectional-override characters, so the schema doubles as the hostile-file check.
// Published as docs/prompt-pack.schema.json (generated from this file; a test keeps them equal).

/** The only user pack format this build reads. */
export const USER_PACK_SCHEMA_VERSION = 1;
/** How many packs of their own a person can keep: plenty to browse, and one small vault document. */
export const MAX_USER_PACKS = 30;
/** A user prompt: short is fine ("Why?") but not empty. */
export const USER_PROMPT_TEXT_MIN = 3;
export const USER_PROMPT_TEXT_MAX = PROMPT_TEXT_MAX;
export const USER_PACK_NAME_MAX = 80;
export const USER_PACK_DESCRIPTION_MAX = 400;
/** Where the published schema lives in the repository (and what `$schema` may point to in a file). */
export const USER_PACK_SCHEMA_FILE = 'docs/prompt-pack.schema.json';

/**
 * Characters refused in any text of a pack: C0 and C1 controls (a line break is allowed), and the
 * bidirectional embeddings, overrides and isolates that can make text read differently from what it
 * holds ("Trojan Source"). Also the byte-order mark and the interlinear annotation marks.
 */
const SAFE_TEXT =
  // eslint-disable-next-line no-control-regex -- the point is to name the control characters
  /^[^\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]*$/;
/** A lone surrogate: JSON can spell one with \ud800 even though UTF-8 cannot. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const UNSAFE_TEXT_MESSAGE = 'control or bidirectional-override characters are not allowed';

function safeText(min: number, max: number) {
  return z
    .string()
    .min(min)
    .max(max)
    .regex(SAFE_TEXT, UNSAFE_TEXT_MESSAGE)
    .refine((s) => !LONE_SURROGATE.test(s), { message: UNSAFE_TEXT_MESSAGE, params: { kind: 'unsafeText' } })
    .refine((s) => s.trim() === s, {
      message: 'no leading or trailing whitespace',
      params: { kind: 'whitespace' },
    });
}

/** Text in English, French or both: a pack written in one language is shown in it to everyone. */
function localized(min: number, max: number) {
  return z
    .strictObject({ en: safeText(min, max).optional(), fr: safeText(min, max).optional() })
    .refine((t) => t.en !== undefined || t.fr !== undefined, {
      message: 'give the text in English ("en"), French ("fr") or both',
      params: { kind: 'noLanguage' },
    })
    .meta({ minProperties: 1 });
}

export const UserPromptTextSchema = localized(USER_PROMPT_TEXT_MIN, USER_PROMPT_TEXT_MAX);
export const UserPackNameSchema = localized(1, USER_PACK_NAME_MAX);
export const UserPackDescriptionSchema = localized(1, USER_PACK_DESCRIPTION_MAX);
/** Text in English, French or both. */
export type LocalizedText = z.infer<typeof UserPromptTextSchema>;

/** One prompt of a user pack: only the text is required. */
export const UserPromptSchema = z.strictObject({
  /** Optional in a file; checked (kebab-case, unique, not a shipped prompt's) and kept. */
  id: PromptIdSchema.max(80).optional(),
  text: UserPromptTextSchema,
  followUp: UserPromptTextSchema.optional(),
  framework: FrameworkSchema.optional(),
  intensity: IntensitySchema.optional(),
  timeOfDay: TimeOfDaySchema.optional(),
  tags: z.array(PromptTagSchema.max(40)).max(8).optional(),
});
export type UserPrompt = z.infer<typeof UserPromptSchema>;

/** What a pack holds, however it came: the fields a person writes. */
const packFields = {
  name: UserPackNameSchema,
  description: UserPackDescriptionSchema.optional(),
  /** The pack's main framework, when it has one; each prompt may name its own. */
  framework: FrameworkSchema.optional(),
  prompts: z.array(UserPromptSchema).min(1).max(MAX_PROMPTS_PER_PACK),
};

/** A prompt pack file, as imported from disk (docs/prompt-pack.schema.json). */
export const UserPromptPackSchema = z
  .strictObject({
    /** Lets an editor find the published schema; not read otherwise. */
    $schema: z.string().max(300).optional(),
    schemaVersion: z.literal(USER_PACK_SCHEMA_VERSION),
    /** Optional; must not be the id of a pack that comes with Alcove. */
    id: PromptIdSchema.max(80).optional(),
    ...packFields,
  })
  .meta({
    title: 'Alcove prompt pack',
    description:
      'Writing prompts to import into Alcove, e.g. prepared by a therapist. Every text is given in English ("en"), French ("fr") or both, and is shown as plain text (no HTML, no Markdown). Unknown keys are not allowed.',
  });
export type UserPromptPackFile = z.infer<typeof UserPromptPackSchema>;

/** The id Alcove gives a pack of the user's own (never a shipped pack's id). */
export const UserPackIdSchema = z.string().regex(/^mine-[0-9a-f]{32}$/, 'a user pack id');

/** What 'packs:save' receives: a new pack (no id) or a new version of one of the user's packs. */
export const UserPackDraftSchema = z.strictObject({ id: UserPackIdSchema.optional(), ...packFields });
export type UserPackDraft = z.infer<typeof UserPackDraftSchema>;

/** A pack of the user's own, as kept (encrypted) in the vault. */
export const UserPackSchema = z.strictObject({
  id: UserPackIdSchema,
  ...packFields,
  /** Written in Alcove, or imported from a file (then `fileName` says which). */
  origin: z.enum(['written', 'imported']),
  fileName: z.string().max(260).optional(),
  updatedAt: z.iso.datetime(),
});
export type UserPack = z.infer<typeof UserPackSchema>;

/** Why a pack file is refused; each problem says where, so the user (or the author) can fix it. */
export const PACK_PROBLEMS = [
  'tooLarge',
  'notUtf8',
  'tooDeep',
  'notJson',
  'missing',
  'wrongType',
  'unknownKey',
  'tooLong',
  'tooShort',
  'tooMany',
  'tooFew',
  'notAllowed',
  'notAnId',
  'unsafeText',
  'whitespace',
  'noLanguage',
  'duplicateId',
  'shippedId',
  'tooManyPacks',
  'alreadyImported',
  'invalid',
] as const;
export type PackProblemKind = (typeof PACK_PROBLEMS)[number];

export const PackProblemSchema = z.object({
  /** Where in the file: `prompts[3].text.fr`, or '' for the file as a whole. */
  where: z.string().max(300),
  kind: z.enum(PACK_PROBLEMS),
  /** The limit or the expected value (400 characters, 200 prompts, "string", "1"). */
  limit: z.union([z.number(), z.string().max(300)]).optional(),
  /** What the file has, when it is a count (412 characters). */
  actual: z.number().optional(),
  /** The JSON type the file has where another was expected ("number"). */
  found: z.enum(['string', 'number', 'boolean', 'null', 'array', 'object']).optional(),
});
export type PackProblem = z.infer<typeof PackProblemSchema>;

/** At most this many problems travel to the screen; the rest are counted. */
export const MAX_PACK_PROBLEMS_SHOWN = 100;

/** The JSON Schema published as docs/prompt-pack.schema.json. */
export function userPackJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(UserPromptPackSchema) as Record<string, unknown>;
}
