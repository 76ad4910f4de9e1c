import { z } from 'zod';
import { EntryIdSchema, IsoInstantSchema, MAX_PACK_FILTER, PromptPackIdSchema } from './entry';
import { FeelingSchema } from './feelings';
import { MAX_TAG_FILTER, TagIdSchema } from './tag';
import { WORKSHEET_KINDS, WorksheetKindSchema } from './worksheet';

/** A piece of displayed text; `hit` marks the words that matched the query (to highlight). */
export const SegmentSchema = z.object({ text: z.string(), hit: z.boolean() });
export type Segment = z.infer<typeof SegmentSchema>;

export const SearchHitSchema = z.object({
  id: EntryIdSchema,
  createdAt: IsoInstantSchema,
  title: z.array(SegmentSchema),
  snippet: z.array(SegmentSchema),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

/**
 * What a search can be narrowed to, read from the timeline's summaries (no entry is decrypted to
 * filter). Each part is optional; they combine (all must hold), and within one list any item does.
 */
export const SearchNarrowingSchema = z.object({
  /** Entries carrying one of these tags. */
  tags: z.array(TagIdSchema).min(1).max(MAX_TAG_FILTER).optional(),
  /** Entries holding one of these worksheets (the exercises written in the journal)… */
  kinds: z.array(WorksheetKindSchema).min(1).max(WORKSHEET_KINDS.length).optional(),
  /** …or written from a prompt of one of these packs (either one, as the timeline's filter). */
  packs: z.array(PromptPackIdSchema).min(1).max(MAX_PACK_FILTER).optional(),
  /** Entries naming one of these feelings. */
  emotions: z.array(FeelingSchema.shape.id).min(1).max(50).optional(),
  /** Entries dated in [since, before). */
  since: IsoInstantSchema.optional(),
  before: IsoInstantSchema.optional(),
});
export type SearchNarrowing = z.infer<typeof SearchNarrowingSchema>;

export const SearchQuerySchema = z.object({
  query: z.string().max(500),
  limit: z.number().int().min(1).max(100).default(30),
  ...SearchNarrowingSchema.shape,
});

/**
 * The index is built in the background after unlock; until `indexed === total` the results
 * cover only the part indexed so far, and the UI says so.
 */
export const SearchResultSchema = z.object({
  hits: z.array(SearchHitSchema),
  indexed: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;
