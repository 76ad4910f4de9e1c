import { z } from 'zod';

/** Tag ids are random (16 bytes, hex), like every other row id: they reveal nothing. */
export const TagIdSchema = z.string().regex(/^[0-9a-f]{32}$/, 'a tag id is 32 lowercase hex characters');
export type TagId = z.infer<typeof TagIdSchema>;

/**
 * Named colour tokens, not hex values: the renderer maps each one to a shade that keeps its
 * contrast in the light and the dark theme.
 */
export const TAG_COLOURS = ['slate', 'rose', 'amber', 'green', 'teal', 'blue', 'violet'] as const;
export const TagColourSchema = z.enum(TAG_COLOURS);
export type TagColour = z.infer<typeof TagColourSchema>;
/** The colour of a tag created without choosing one (an import, or the composer's "Create"). */
export const DEFAULT_TAG_COLOUR: TagColour = 'slate';

export const MAX_TAG_NAME = 60;
export const MAX_TAGS_PER_ENTRY = 20;
/** Bounded so a hostile caller (or file) cannot grow the catalogue without end. */
export const MAX_TAGS = 2000;
/** How many tags one timeline filter or one merge may name. */
export const MAX_TAG_FILTER = 100;

/** A tag's name as stored: NFC, trimmed, inner runs of white space as one space. */
export function normaliseTagName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** What two names are compared by: case and accents do not make a different tag. */
export function tagKey(name: string): string {
  return normaliseTagName(name).normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('und');
}

export const TagNameSchema = z
  .string()
  .max(MAX_TAG_NAME * 4)
  .transform(normaliseTagName)
  .pipe(z.string().min(1, 'a tag needs a name').max(MAX_TAG_NAME));

export const TagSchema = z.object({
  id: TagIdSchema,
  name: z.string().min(1).max(MAX_TAG_NAME),
  colour: TagColourSchema,
});
export type Tag = z.infer<typeof TagSchema>;

/** An entry's tags: ids, each once, at most MAX_TAGS_PER_ENTRY. */
export const EntryTagsSchema = z
  .array(TagIdSchema)
  .max(MAX_TAGS_PER_ENTRY)
  .refine((ids) => new Set(ids).size === ids.length, 'a tag is named once per entry');

/** Tags whose name starts with what was typed (case and accents aside), in the catalogue's order. */
export function suggestTags(tags: readonly Tag[], typed: string, exclude: ReadonlySet<string>): Tag[] {
  const prefix = tagKey(typed);
  return tags.filter((tag) => !exclude.has(tag.id) && tagKey(tag.name).startsWith(prefix));
}

/** The catalogue in the order people read it: by name, case and accents aside. */
export function sortTags(tags: readonly Tag[]): Tag[] {
  return [...tags].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
}
