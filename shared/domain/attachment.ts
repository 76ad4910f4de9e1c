import { z } from 'zod';
import { EntryIdSchema, IsoInstantSchema } from './entry';

/** Images only, recognised by their bytes (never by a name or a declared type). */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export const ImageTypeSchema = z.enum(IMAGE_TYPES);
export type ImageType = z.infer<typeof ImageTypeSchema>;

export const MAX_ATTACHMENT_BYTES = 15 * 1024 * 1024;
const MAX_BASE64_CHARS = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

export const AttachmentIdSchema = z
  .string()
  .regex(/^[0-9a-f]{32}$/, 'an attachment id is 32 lowercase hex characters');

export const AttachmentMetaSchema = z.object({
  id: AttachmentIdSchema,
  entryId: EntryIdSchema,
  type: ImageTypeSchema,
  name: z.string().max(255),
  bytes: z.number().int().nonnegative(),
  createdAt: IsoInstantSchema,
});
export type AttachmentMeta = z.infer<typeof AttachmentMetaSchema>;

/** Bytes cross the IPC boundary as base64 so the contract is the same over Electron IPC and the test bridge. */
export const Base64Schema = z
  .string()
  .max(MAX_BASE64_CHARS, 'an attachment is at most 15 MB')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64');

export const AttachmentAddSchema = z.object({
  entryId: EntryIdSchema,
  name: z.string().max(255).default(''),
  dataBase64: Base64Schema,
});
