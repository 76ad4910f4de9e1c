import { z } from 'zod';
import { FeelingListSchema, FeelingSchema } from './feelings';
import { EntryTagsSchema } from './tag';
import { WorksheetKindSchema, WorksheetSchema } from './worksheet';
import { worksheetExcerpt } from './worksheetMarkdown';
import { plainTextOf } from '../markdown/plainText';

/** Row ids are random (16 bytes, hex): not autoincrement, not time-ordered, so they reveal nothing. */
export const EntryIdSchema = z.string().regex(/^[0-9a-f]{32}$/, 'an entry id is 32 lowercase hex characters');
export type EntryId = z.infer<typeof EntryIdSchema>;

/** Large enough for a 5 MB entry with room to spare; bounded so a hostile caller cannot exhaust memory. */
export const MAX_BODY_CHARS = 8 * 1024 * 1024;
export const MAX_TITLE_CHARS = 500;

/** ISO-8601 instant in UTC, as produced by Date#toISOString. */
export const IsoInstantSchema = z.iso.datetime();

const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Room for any shipped or user-written id; bounded so a header stays small. */
export const MAX_PROMPT_REF_ID = 80;
/** A shipped pack's id (kebab-case) or one of the user's own (`mine-` and 32 hex). */
export const PromptPackIdSchema = z
  .string()
  .max(MAX_PROMPT_REF_ID)
  .regex(KEBAB_ID, 'a pack id is kebab-case');
/**
 * The prompt an entry was written from: ids only, never the text. Unknown ids are accepted (a
 * user pack may be deleted later, a shipped prompt retired); the UI then names no pack.
 */
export const PromptRefSchema = z.object({
  packId: PromptPackIdSchema,
  promptId: z.string().max(MAX_PROMPT_REF_ID).regex(KEBAB_ID, 'a prompt id is kebab-case'),
});
export type PromptRef = z.infer<typeof PromptRefSchema>;
/** How many packs one timeline filter may name: every shipped pack and every pack of one's own, with room. */
export const MAX_PACK_FILTER = 64;

export const EntrySchema = z.object({
  id: EntryIdSchema,
  title: z.string(),
  body: z.string(),
  /** Feelings the writer named for this entry (picked, or accepted from the mirror). */
  emotions: z.array(FeelingSchema),
  /** Marked by the writer: never pre-selected in an export (it can still be chosen by hand). */
  notForSharing: z.boolean(),
  /** A structured exercise (thought record, values check…); the body is then its Markdown. */
  worksheet: WorksheetSchema.optional(),
  /** The prompt the entry was written from ("Write about this"); absent otherwise. */
  prompt: PromptRefSchema.optional(),
  /** Ids of the vault's tags (see shared/domain/tag.ts); absent in entries written before tags. */
  tags: EntryTagsSchema.default([]),
  /** Kept at the top of the timeline; absent (false) in entries written before pinning existed. */
  pinned: z.boolean().default(false),
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});
export type Entry = z.infer<typeof EntrySchema>;

/**
 * What the timeline shows. A record that fails to decrypt or authenticate is listed as
 * damaged (with its id only) instead of disappearing or breaking the list.
 */
export const EntrySummarySchema = z.discriminatedUnion('damaged', [
  z.object({
    damaged: z.literal(false),
    id: EntryIdSchema,
    title: z.string(),
    excerpt: z.string(),
    /** Absent in summaries written before entries carried feelings. */
    emotions: z.array(FeelingSchema).default([]),
    /** Absent in summaries written before entries could be marked. */
    notForSharing: z.boolean().default(false),
    /** The kind of worksheet the entry holds, for the timeline's badge; absent for plain entries. */
    worksheet: WorksheetKindSchema.optional(),
    /** The prompt the entry was written from; absent for the others (and in older summaries). */
    prompt: PromptRefSchema.optional(),
    /** Tag ids; absent in summaries written before entries carried tags. */
    tags: EntryTagsSchema.default([]),
    /** Absent in summaries written before entries could be pinned. */
    pinned: z.boolean().default(false),
    createdAt: IsoInstantSchema,
    updatedAt: IsoInstantSchema,
  }),
  z.object({ damaged: z.literal(true), id: EntryIdSchema }),
]);
export type EntrySummary = z.infer<typeof EntrySummarySchema>;

/** The earliest date an entry may be given: older ones are typing mistakes, not memories. */
export const EARLIEST_ENTRY_DATE = '1900-01-01T00:00:00.000Z';
/** How far ahead an entry's date may be: a day covers every time zone, not a planned future. */
export const MAX_ENTRY_DATE_AHEAD_MS = 24 * 60 * 60 * 1000;

/**
 * Why an entry cannot have this date, or null when it can. `nowMs` is the core's clock (the
 * renderer's is not trusted); the schema below checks with the clock of whoever parses.
 */
export function entryDateProblem(iso: string, nowMs: number): string | null {
  const at = Date.parse(iso);
  if (at < Date.parse(EARLIEST_ENTRY_DATE)) return 'an entry cannot be dated before 1900';
  if (at > nowMs + MAX_ENTRY_DATE_AHEAD_MS) return 'an entry cannot be dated more than a day ahead';
  return null;
}

/** An entry's own date (backdating): an ISO instant between 1900 and a day from now. */
export const EntryDateSchema = IsoInstantSchema.superRefine((iso, ctx) => {
  const problem = entryDateProblem(iso, Date.now());
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const EntryDraftSchema = z.object({
  title: z.string().max(MAX_TITLE_CHARS).default(''),
  body: z.string().max(MAX_BODY_CHARS),
  emotions: FeelingListSchema.default([]),
  notForSharing: z.boolean().default(false),
  /**
   * A structured worksheet. When present, the core writes the body itself from it (the `body`
   * sent is ignored), so the Markdown always says what the data says. An update without one
   * makes the entry a plain entry again.
   */
  worksheet: WorksheetSchema.optional(),
  /**
   * The prompt the entry is written from. On update, absent keeps the one the entry has and
   * null detaches it (the composer's ×).
   */
  prompt: PromptRefSchema.nullable().optional(),
  /** Tag ids; ids the vault does not know are dropped by the core. */
  tags: EntryTagsSchema.default([]),
  /** The entry's date: on create, when it was written (now when absent); on update, moves it. */
  createdAt: EntryDateSchema.optional(),
});
export type EntryDraft = z.input<typeof EntryDraftSchema>;

/** When an entry was written and the feelings named on it: what insights need, without the text. */
export const EntryFeelingsSchema = z.object({
  at: IsoInstantSchema,
  emotions: z.array(FeelingSchema),
});
export type EntryFeelings = z.infer<typeof EntryFeelingsSchema>;

/** How much of an entry's text the timeline shows. */
export const EXCERPT_CHARS = 240;

/** The timeline's excerpt of an entry: a worksheet's own words, else the start of the body. */
export function entryExcerpt(entry: Pick<Entry, 'body' | 'worksheet'>): string {
  return excerptOf(entry.worksheet ? worksheetExcerpt(entry.worksheet) : plainTextOf(entry.body));
}

export function excerptOf(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS)}…` : flat;
}

/**
 * The name an entry goes by in lists: its title, else the first sentence of its excerpt ('' when
 * both are empty). The timeline's cards and the search results use it, so they name it alike.
 */
export function displayTitle(entry: { title: string; excerpt: string }): string {
  return entry.title || (entry.excerpt.split(/[.!?\n]/)[0] ?? '').trim();
}

/** The timeline's view of a readable entry (the core's and the renderer's, so they agree). */
export function summaryOf(entry: Entry): EntrySummary {
  return {
    damaged: false,
    id: entry.id,
    title: entry.title,
    excerpt: entryExcerpt(entry),
    emotions: entry.emotions,
    notForSharing: entry.notForSharing,
    ...(entry.worksheet ? { worksheet: entry.worksheet.kind } : {}),
    ...(entry.prompt ? { prompt: entry.prompt } : {}),
    tags: entry.tags,
    pinned: entry.pinned,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
  };
}
