import { z } from 'zod';
import { EntryIdSchema, IsoInstantSchema } from './entry';

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

export const SearchQuerySchema = z.object({
  query: z.string().max(500),
  limit: z.number().int().min(1).max(100).default(30),
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
