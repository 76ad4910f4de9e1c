import fs from 'node:fs';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { STREAM_ABYTES, STREAM_CHUNK_BYTES, STREAM_HEADER_BYTES } from '../crypto/streamFormat';
import type { SlotRow } from '../vault/keyslots';

/**
 * The `.alcove` backup file's layout and header (no crypto here: the main thread inspects a
 * file with it before any key exists) (SECURITY.md, "Files that leave the vault"):
 *
 *   magic "ALCOVEBK" ‖ format 0x01 ‖ header length (u32 LE) ‖ header JSON
 *   ‖ secretstream header (24 B) ‖ chunk₁ ‖ … ‖ chunkₙ (1 MiB of content + 17 B each, the last FINAL)
 *
 * The content is the vault's database file, byte for byte (its records are already encrypted;
 * the outer layer hides the rest: structure, sizes of tables, row ids). Everything before the
 * stream is bound as associated data of every chunk, so a header edited in any way fails.
 * The header carries no date and no name; the file's exact length is checked against it
 * before any decryption, so truncation and trailing bytes are refused up front.
 */
export const MAGIC = Buffer.from('ALCOVEBK', 'ascii');
export const FORMAT = 1;
export const PREFIX_BYTES = MAGIC.length + 1 + 4;
const MAX_HEADER_BYTES = 64 * 1024;
/** 1 TiB: far above any journal, far below anything that could overflow arithmetic. */
const MAX_CONTENT_BYTES = 2 ** 40;

const Base64 = z
  .string()
  .max(400)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);

const SlotSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(['passphrase', 'recovery']),
  params: z.string().max(1000),
  wrappedKey: Base64,
});

export const HeaderSchema = z.discriminatedUnion('wrap', [
  z.object({
    v: z.literal(1),
    /** The vault's own keyslots wrap its data key; a subkey of it wraps the file key. */
    wrap: z.literal('vault'),
    scope: z.string().regex(/^[0-9a-f]{32}$/),
    contentBytes: z.number().int().positive().max(MAX_CONTENT_BYTES),
    chunkBytes: z.literal(STREAM_CHUNK_BYTES),
    slots: z.array(SlotSchema).min(1).max(8),
    wrappedFileKey: Base64,
  }),
  z.object({
    v: z.literal(1),
    /** A backup passphrase's slot wraps the file key itself. */
    wrap: z.literal('direct'),
    scope: z.string().regex(/^[0-9a-f]{32}$/),
    contentBytes: z.number().int().positive().max(MAX_CONTENT_BYTES),
    chunkBytes: z.literal(STREAM_CHUNK_BYTES),
    slots: z.array(SlotSchema).length(1),
  }),
]);

export type BackupHeader = z.infer<typeof HeaderSchema>;
/** What the writer chooses; the rest is measured. (Distributes over the union, unlike plain Omit.) */
export type HeaderFields = BackupHeader extends infer H
  ? H extends BackupHeader
    ? Omit<H, 'v' | 'contentBytes' | 'chunkBytes'>
    : never
  : never;

/** Binds a vault-wrapped file key to the vault it belongs to. */
export function fileKeyAssociatedData(scope: string): Uint8Array {
  return new TextEncoder().encode(`alcove/backup-file-key/v1|${scope}`);
}

export function slotToHeader(slot: SlotRow): BackupHeader['slots'][number] {
  return {
    id: slot.id,
    kind: slot.kind,
    params: slot.params,
    wrappedKey: Buffer.from(slot.wrapped_key).toString('base64'),
  };
}

export function slotFromHeader(slot: BackupHeader['slots'][number]): SlotRow {
  return {
    id: slot.id,
    kind: slot.kind,
    params: slot.params,
    wrapped_key: Buffer.from(slot.wrappedKey, 'base64'),
  };
}

export function chunkCount(contentBytes: number): number {
  return Math.max(1, Math.ceil(contentBytes / STREAM_CHUNK_BYTES));
}

export function bad(message: string): AppError {
  return new AppError('BAD_BACKUP', message);
}

export function readFully(fd: number, buffer: Buffer, length: number, position: number): number {
  let got = 0;
  while (got < length) {
    const n = fs.readSync(fd, buffer, got, length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got;
}

/** Reads and checks a backup's header and length without any key (nothing is decrypted). */
export function inspectBackup(file: string): BackupHeader {
  const fd = openForReading(file);
  try {
    return readHeader(fd).header;
  } finally {
    fs.closeSync(fd);
  }
}

export function openForReading(file: string): number {
  try {
    return fs.openSync(file, 'r');
  } catch {
    throw bad('the backup file cannot be read');
  }
}

export function readHeader(fd: number): { header: BackupHeader; associatedData: Buffer } {
  const size = fs.fstatSync(fd).size;
  const prefix = Buffer.alloc(PREFIX_BYTES);
  if (
    readFully(fd, prefix, PREFIX_BYTES, 0) !== PREFIX_BYTES ||
    !prefix.subarray(0, MAGIC.length).equals(MAGIC)
  ) {
    throw bad('this is not an Alcove backup');
  }
  if (prefix.readUInt8(MAGIC.length) !== FORMAT)
    throw bad('this backup was made by a newer version of Alcove');
  const headerBytes = prefix.readUInt32LE(MAGIC.length + 1);
  if (headerBytes === 0 || headerBytes > MAX_HEADER_BYTES || PREFIX_BYTES + headerBytes > size) {
    throw bad('the backup header is damaged');
  }
  const json = Buffer.alloc(headerBytes);
  readFully(fd, json, headerBytes, PREFIX_BYTES);
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    throw bad('the backup header is damaged');
  }
  const result = HeaderSchema.safeParse(parsed);
  if (!result.success) throw bad('the backup header is damaged or has unsafe parameters');
  const header = result.data;
  const expected =
    PREFIX_BYTES +
    headerBytes +
    STREAM_HEADER_BYTES +
    header.contentBytes +
    chunkCount(header.contentBytes) * STREAM_ABYTES;
  if (size < expected) throw bad('the backup file is truncated');
  if (size > expected) throw bad('the backup file has unexpected bytes after its end');
  return { header, associatedData: Buffer.concat([prefix, json]) };
}
