import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { DecryptionError, streamPull, streamPush } from '../crypto/sodium';
import { STREAM_ABYTES, STREAM_CHUNK_BYTES, STREAM_HEADER_BYTES } from '../crypto/streamFormat';
import {
  bad,
  chunkCount,
  FORMAT,
  HeaderSchema,
  MAGIC,
  openForReading,
  PREFIX_BYTES,
  readFully,
  readHeader,
  type BackupHeader,
  type HeaderFields,
} from './backupHeader';

/** Streaming encryption and decryption of `.alcove` backups (layout in backupHeader.ts). */
export type Progress = (done: number, total: number) => void;

/**
 * Encrypts `source` into `destination`, streaming (one chunk in memory at a time). Written to
 * `destination.part` (mode 0600) and renamed at the end, so an interrupted backup never leaves
 * a truncated file under the final name. Returns the bytes written.
 */
export function writeBackup(options: {
  source: string;
  destination: string;
  fields: HeaderFields;
  fileKey: Uint8Array;
  onProgress?: Progress;
}): number {
  const partial = `${options.destination}.part`;
  const input = fs.openSync(options.source, 'r');
  let output: number | undefined;
  /** Only what this call created is removed on failure (never whatever sat at that name). */
  let created = false;
  try {
    const contentBytes = fs.fstatSync(input).size;
    if (contentBytes === 0) throw new AppError('VAULT_CORRUPT', 'the vault file is empty');
    const header = { v: 1, ...options.fields, contentBytes, chunkBytes: STREAM_CHUNK_BYTES } as BackupHeader;
    const json = Buffer.from(JSON.stringify(HeaderSchema.parse(header)), 'utf8');
    const prefix = Buffer.alloc(PREFIX_BYTES);
    MAGIC.copy(prefix, 0);
    prefix.writeUInt8(FORMAT, MAGIC.length);
    prefix.writeUInt32LE(json.length, MAGIC.length + 1);
    const associatedData = Buffer.concat([prefix, json]);

    output = fs.openSync(partial, 'w', 0o600);
    created = true;
    fs.fchmodSync(output, 0o600);
    const stream = streamPush(options.fileKey);
    fs.writeSync(output, associatedData);
    fs.writeSync(output, stream.header);
    const chunks = chunkCount(contentBytes);
    const buffer = Buffer.alloc(STREAM_CHUNK_BYTES);
    let written = associatedData.length + stream.header.length;
    for (let i = 0; i < chunks; i++) {
      const want = Math.min(STREAM_CHUNK_BYTES, contentBytes - i * STREAM_CHUNK_BYTES);
      const got = readFully(input, buffer, want, i * STREAM_CHUNK_BYTES);
      if (got !== want) throw new AppError('INTERNAL', 'the vault file changed while it was being backed up');
      const sealed = stream.push(buffer.subarray(0, want), associatedData, i === chunks - 1);
      fs.writeSync(output, sealed);
      written += sealed.length;
      options.onProgress?.(i + 1, chunks);
    }
    buffer.fill(0);
    fs.fsyncSync(output);
    fs.closeSync(output);
    output = undefined;
    fs.renameSync(partial, options.destination);
    syncFolder(path.dirname(options.destination));
    return written;
  } catch (error) {
    if (output !== undefined) fs.closeSync(output);
    if (created) fs.rmSync(partial, { force: true });
    throw asWriteFailure(error);
  } finally {
    fs.closeSync(input);
  }
}

/**
 * Makes the rename itself durable (POSIX: the folder's entry is written on its own). Windows
 * cannot open a folder for syncing; there NTFS journals the rename, so it is skipped.
 */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // not supported here (Windows, some network file systems): the file itself was synced
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * A file-system failure (EACCES, ENOSPC, ENOENT…) crosses the worker boundary as an AppError
 * naming its errno, so the caller can say why; unknown errors keep their opaque treatment.
 */
function asWriteFailure(error: unknown): unknown {
  if (error instanceof AppError || !(error instanceof Error)) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (typeof code !== 'string' || !/^E[A-Z0-9]+$/.test(code)) return error;
  return new AppError('INTERNAL', `the backup could not be written (${code})`, { cause: error });
}

/**
 * Decrypts a backup chunk by chunk, handing each plaintext chunk to `sink` (or only verifying,
 * without a sink). `fileKeyFor` turns the header into the file key (it runs the KDF, after the
 * header's parameters were checked). Any tampering, reordering or a missing end throws BAD_BACKUP.
 */
export function readBackup(options: {
  file: string;
  fileKeyFor: (header: BackupHeader) => Uint8Array;
  sink?: (chunk: Uint8Array, index: number) => void;
  onProgress?: Progress;
}): BackupHeader {
  const fd = openForReading(options.file);
  try {
    const { header, associatedData } = readHeader(fd);
    const fileKey = options.fileKeyFor(header);
    let position = associatedData.length;
    const streamHeader = Buffer.alloc(STREAM_HEADER_BYTES);
    readFully(fd, streamHeader, STREAM_HEADER_BYTES, position);
    position += STREAM_HEADER_BYTES;
    try {
      const stream = streamPull(fileKey, streamHeader);
      const chunks = chunkCount(header.contentBytes);
      const buffer = Buffer.alloc(STREAM_CHUNK_BYTES + STREAM_ABYTES);
      for (let i = 0; i < chunks; i++) {
        const plain = Math.min(STREAM_CHUNK_BYTES, header.contentBytes - i * STREAM_CHUNK_BYTES);
        const piece = buffer.subarray(0, plain + STREAM_ABYTES);
        readFully(fd, piece, piece.length, position);
        position += piece.length;
        const { message, final } = stream.pull(piece, associatedData);
        if (final !== (i === chunks - 1)) throw new DecryptionError();
        options.sink?.(message, i);
        message.fill(0);
        options.onProgress?.(i + 1, chunks);
      }
    } catch (error) {
      if (error instanceof DecryptionError) throw bad('the backup file is damaged or was altered');
      throw error;
    } finally {
      fileKey.fill(0);
    }
    return header;
  } finally {
    fs.closeSync(fd);
  }
}
