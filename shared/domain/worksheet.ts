import { z } from 'zod';
import { EMOTIONS, SPECIAL_LABELS } from '../content/emotions';
import type { Framework } from '../content/prompts/schema';
import { LIFE_AREA_IDS, THINKING_TRAP_IDS } from '../content/worksheetLists';

/**
 * Structured exercise worksheets (CONTENT.md, "Exercise frameworks"), stored with an entry as data
 * — not only as Markdown — so a saved worksheet opens again in its form and reads as a laid-out
 * page. The entry's body is a Markdown rendering of it (worksheetMarkdown.ts), which keeps search
 * and every export working unchanged.
 *
 * Every object is strict (unknown keys are refused), every string and list is bounded, and every
 * key is present: a field left blank is '' and a scale left unrated is null, so a half-filled
 * worksheet can be saved and finished later.
 */
export const WORKSHEET_KINDS = [
  'thought-record',
  'behavioural-activation',
  'self-compassion-break',
  'three-good-things',
  'values-check',
] as const;
export type WorksheetKind = (typeof WORKSHEET_KINDS)[number];
export const WorksheetKindSchema = z.enum(WORKSHEET_KINDS);

/** The framework each worksheet comes from (the prompt packs' ids, so both filter the same way). */
export const WORKSHEET_FRAMEWORKS = {
  'thought-record': 'cbt',
  'behavioural-activation': 'cbt',
  'self-compassion-break': 'self-compassion',
  'three-good-things': 'positive-psychology',
  'values-check': 'act-values',
} as const satisfies Record<WorksheetKind, Framework>;

/** A sentence or a paragraph the person writes. */
export const MAX_WORKSHEET_TEXT = 4000;
/** A word or a short phrase (an activity, a value, an emotion in one's own words). */
export const MAX_WORKSHEET_LABEL = 200;
export const MAX_WORKSHEET_EMOTIONS = 8;
export const MAX_WORKSHEET_THOUGHTS = 8;
export const GOOD_THINGS = 3;

const Text = z.string().max(MAX_WORKSHEET_TEXT);
const Label = z.string().max(MAX_WORKSHEET_LABEL);
/** A 0–100 rating (emotion strength, how much a thought is believed), or not rated. */
const Percent = z.number().int().min(0).max(100).nullable();
/** A 0–10 rating (distress, pleasure, mastery, mood, importance), or not rated. */
const Scale10 = z.number().int().min(0).max(10).nullable();

const CATALOGUE_IDS = new Set<string>([...EMOTIONS.map((e) => e.id), ...SPECIAL_LABELS.map((e) => e.id)]);

/**
 * A feeling in a thought record: a catalogue label when one fits (`id`), else the person's own
 * word (`text`); its strength 0–100 at the time, and again once the record is done.
 */
export const WorksheetEmotionSchema = z.union([
  z.strictObject({
    id: z.string().refine((id) => CATALOGUE_IDS.has(id), 'not a label of the catalogue'),
    rating: Percent,
    after: Percent,
  }),
  z.strictObject({ text: Label.trim().min(1), rating: Percent, after: Percent }),
]);
export type WorksheetEmotion = z.infer<typeof WorksheetEmotionSchema>;

export const ThoughtSchema = z.strictObject({
  text: Text,
  belief: Percent,
  /** The "hot" thought: the one that carries the most feeling. At most one per record. */
  hot: z.boolean(),
});
export type Thought = z.infer<typeof ThoughtSchema>;

/** The language the worksheet was written in: its Markdown rendering uses it. */
const Lang = z.enum(['en', 'fr']);

export const ThoughtRecordSchema = z
  .strictObject({
    kind: z.literal('thought-record'),
    lang: Lang,
    situation: Text,
    emotions: z.array(WorksheetEmotionSchema).max(MAX_WORKSHEET_EMOTIONS),
    thoughts: z.array(ThoughtSchema).max(MAX_WORKSHEET_THOUGHTS),
    traps: z.array(z.enum(THINKING_TRAP_IDS)).max(THINKING_TRAP_IDS.length),
    evidenceFor: Text,
    evidenceAgainst: Text,
    balancedThought: Text,
    balancedBelief: Percent,
  })
  .superRefine((record, ctx) => {
    if (record.thoughts.filter((t) => t.hot).length > 1) {
      ctx.addIssue({ code: 'custom', path: ['thoughts'], message: 'at most one hot thought' });
    }
    if (new Set(record.traps).size !== record.traps.length) {
      ctx.addIssue({ code: 'custom', path: ['traps'], message: 'each thinking trap once' });
    }
  });
export type ThoughtRecord = z.infer<typeof ThoughtRecordSchema>;

/** A local date and time as the person picked it (no zone: "Saturday at 10" stays Saturday at 10). */
const LocalDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, 'a local date, optionally with a time (YYYY-MM-DDTHH:mm)');

export const BehaviouralActivationSchema = z.strictObject({
  kind: z.literal('behavioural-activation'),
  lang: Lang,
  activity: Label,
  area: z.enum(LIFE_AREA_IDS).nullable(),
  status: z.enum(['planned', 'done']),
  when: LocalDateTime.nullable(),
  pleasure: Scale10,
  mastery: Scale10,
  moodBefore: Scale10,
  moodAfter: Scale10,
  note: Text,
});
export type BehaviouralActivation = z.infer<typeof BehaviouralActivationSchema>;

export const SelfCompassionBreakSchema = z.strictObject({
  kind: z.literal('self-compassion-break'),
  lang: Lang,
  situation: Text,
  /** Mindfulness: naming what is hard, as it is. */
  whatIsHard: Text,
  /** Common humanity: others feel this too. */
  othersFeelThis: Text,
  kindWords: Text,
  kindAction: Text,
  distressBefore: Scale10,
  distressAfter: Scale10,
});
export type SelfCompassionBreak = z.infer<typeof SelfCompassionBreakSchema>;

export const GoodThingSchema = z.strictObject({ what: Text, why: Text });
export type GoodThing = z.infer<typeof GoodThingSchema>;

export const ThreeGoodThingsSchema = z.strictObject({
  kind: z.literal('three-good-things'),
  lang: Lang,
  items: z.array(GoodThingSchema).length(GOOD_THINGS),
});
export type ThreeGoodThings = z.infer<typeof ThreeGoodThingsSchema>;

export const ValuesCheckSchema = z.strictObject({
  kind: z.literal('values-check'),
  lang: Lang,
  area: z.enum(LIFE_AREA_IDS).nullable(),
  value: Text,
  /** How much this value matters, 0–10. */
  importance: Scale10,
  /** How closely recent days followed it, 0–10. */
  consistency: Scale10,
  nextStep: Text,
  barrier: Text,
});
export type ValuesCheck = z.infer<typeof ValuesCheckSchema>;

export const WorksheetSchema = z.discriminatedUnion('kind', [
  ThoughtRecordSchema,
  BehaviouralActivationSchema,
  SelfCompassionBreakSchema,
  ThreeGoodThingsSchema,
  ValuesCheckSchema,
]);
export type Worksheet = z.infer<typeof WorksheetSchema>;
export type WorksheetOf<K extends WorksheetKind> = Extract<Worksheet, { kind: K }>;

/** An empty worksheet of each kind: what a new form starts from. */
export function blankWorksheet<K extends WorksheetKind>(kind: K, lang: 'en' | 'fr'): WorksheetOf<K> {
  const blanks: { [Q in WorksheetKind]: WorksheetOf<Q> } = {
    'thought-record': {
      kind: 'thought-record',
      lang,
      situation: '',
      emotions: [],
      thoughts: [],
      traps: [],
      evidenceFor: '',
      evidenceAgainst: '',
      balancedThought: '',
      balancedBelief: null,
    },
    'behavioural-activation': {
      kind: 'behavioural-activation',
      lang,
      activity: '',
      area: null,
      status: 'planned',
      when: null,
      pleasure: null,
      mastery: null,
      moodBefore: null,
      moodAfter: null,
      note: '',
    },
    'self-compassion-break': {
      kind: 'self-compassion-break',
      lang,
      situation: '',
      whatIsHard: '',
      othersFeelThis: '',
      kindWords: '',
      kindAction: '',
      distressBefore: null,
      distressAfter: null,
    },
    'three-good-things': {
      kind: 'three-good-things',
      lang,
      items: Array.from({ length: GOOD_THINGS }, () => ({ what: '', why: '' })),
    },
    'values-check': {
      kind: 'values-check',
      lang,
      area: null,
      value: '',
      importance: null,
      consistency: null,
      nextStep: '',
      barrier: '',
    },
  };
  return blanks[kind] as WorksheetOf<K>;
}
