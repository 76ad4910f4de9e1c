import { z } from 'zod';

// Prompt packs (CONTENT.md, "Exercise frameworks"): versioned, schema-validated writing prompts in English
// and French. All wording is ours, based on public frameworks; no publisher's text is ever copied.
// Pure data and schemas: no Node, Electron or DOM, so the core, the renderer and the tests read the same packs.

/** The only pack format this build reads; bump it (and migrate) when the shape of a pack changes. */
export const PROMPT_PACK_SCHEMA_VERSION = 1;

/** Largest pack file we accept, e.g. when a pack is imported from disk: far more than 200 prompts need. */
export const MAX_PACK_FILE_BYTES = 256 * 1024;

/** Shortest prompt text, per language: long enough to be a real question. */
export const PROMPT_TEXT_MIN = 10;
/** Longest prompt text, per language: a prompt invites writing, it is not an essay. */
export const PROMPT_TEXT_MAX = 400;
/** A pack with fewer prompts would run out within a few weeks of daily use. */
export const MIN_PROMPTS_PER_PACK = 20;
/** Keeps a pack browsable (and its file small). */
export const MAX_PROMPTS_PER_PACK = 200;

/**
 * The frameworks a prompt can come from; each exercise names its framework (CONTENT.md, guideline 7).
 * Ids are stored with entries, so they never change once shipped; add new ones at the end.
 */
export const FRAMEWORKS = [
  /** Open, expressive writing about one's day and experience. */
  'reflective-journaling',
  /** Cognitive behavioural therapy (Beck): situations, automatic thoughts, evidence, balanced thoughts. */
  'cbt',
  /** Acceptance and commitment therapy: values, committed action, defusion, willingness. */
  'act-values',
  /** Self-compassion (Neff): mindfulness, common humanity, kindness. */
  'self-compassion',
  /** Positive psychology: three good things, savouring, appreciation. */
  'positive-psychology',
  /** Present-moment, non-judgemental attention to body, breath and senses. */
  'mindfulness',
  /** Emotion-focused work: naming feelings, their bodily signals, the needs behind them. */
  'emotion-focused',
  /** Sexology: responsive desire, accelerators and brakes, consent, non-goal-oriented touch. */
  'sex-therapy',
  /** Couples ideas in the spirit of Gottman's research: inner world, appreciation, harsh patterns, repair. */
  'couples-gottman-style',
  /** Preparing for and following up on therapy sessions. */
  'therapy-bridge',
  /** Needs-based communication (observation, feeling, need, request) and reflective listening. */
  'communication',
] as const;
/** Validates a framework id. */
export const FrameworkSchema = z.enum(FRAMEWORKS);
/** A framework a prompt or a pack comes from. */
export type Framework = z.infer<typeof FrameworkSchema>;

/** How emotionally demanding a prompt is, so the UI can start gently and let the user choose. */
export const INTENSITIES = ['light', 'medium', 'deep'] as const;
/** Validates an intensity. */
export const IntensitySchema = z.enum(INTENSITIES);
/** How emotionally demanding a prompt is. */
export type Intensity = z.infer<typeof IntensitySchema>;

/** When a prompt fits best; prompts without one fit any time. */
export const TIMES_OF_DAY = ['morning', 'evening', 'any'] as const;
/** Validates a time of day. */
export const TimeOfDaySchema = z.enum(TIMES_OF_DAY);
/** When a prompt fits best. */
export type TimeOfDay = z.infer<typeof TimeOfDaySchema>;

const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Stable identifiers are stored with entries: kebab-case English that never changes once shipped. */
export const PromptIdSchema = z.string().regex(KEBAB_ID, 'kebab-case id');
/** Tags group prompts for filtering (e.g. "before-session"); same form as ids. */
export const PromptTagSchema = z.string().regex(KEBAB_ID, 'kebab-case tag');

/** One language of a prompt: trimmed, 10–400 characters. */
const PromptStringSchema = z
  .string()
  .min(PROMPT_TEXT_MIN)
  .max(PROMPT_TEXT_MAX)
  .refine((s) => s.trim() === s, { message: 'no leading or trailing whitespace' });

/** A prompt's wording in both languages; French and English are equal citizens. */
export const PromptTextSchema = z.strictObject({ en: PromptStringSchema, fr: PromptStringSchema });
/** A prompt's wording in English and French. */
export type PromptText = z.infer<typeof PromptTextSchema>;

/** A short name or description, in both languages. */
export const PackTextSchema = z.strictObject({
  en: z.string().min(1).max(PROMPT_TEXT_MAX),
  fr: z.string().min(1).max(PROMPT_TEXT_MAX),
});
/** A pack's name or description in English and French. */
export type PackText = z.infer<typeof PackTextSchema>;

/** One writing prompt, with an optional follow-up question shown once the user has started. */
export const PromptSchema = z.strictObject({
  id: PromptIdSchema,
  framework: FrameworkSchema,
  text: PromptTextSchema,
  followUp: PromptTextSchema.optional(),
  tags: z.array(PromptTagSchema).max(8).optional(),
  intensity: IntensitySchema,
  timeOfDay: TimeOfDaySchema.optional(),
});
/** A writing prompt. */
export type Prompt = z.infer<typeof PromptSchema>;

/**
 * A themed, versioned set of prompts. `version` goes up whenever the wording changes; `sensitive` packs
 * (sexuality) are only shown after the user agrees to see them.
 */
export const PromptPackSchema = z
  .strictObject({
    id: PromptIdSchema,
    version: z.number().int().positive(),
    schemaVersion: z.literal(PROMPT_PACK_SCHEMA_VERSION),
    name: PackTextSchema,
    description: PackTextSchema,
    /** The pack's main framework; each prompt still names its own. */
    framework: FrameworkSchema,
    sensitive: z.boolean(),
    prompts: z.array(PromptSchema).min(MIN_PROMPTS_PER_PACK).max(MAX_PROMPTS_PER_PACK),
  })
  .superRefine((pack, ctx) => {
    const seen = new Set<string>();
    pack.prompts.forEach((prompt, i) => {
      if (seen.has(prompt.id)) {
        ctx.addIssue({
          code: 'custom',
          message: `duplicate prompt id ${prompt.id}`,
          path: ['prompts', i, 'id'],
        });
      }
      seen.add(prompt.id);
    });
  });
/** A themed, versioned set of prompts. */
export type PromptPack = z.infer<typeof PromptPackSchema>;
