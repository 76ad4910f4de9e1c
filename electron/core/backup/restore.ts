import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { parseRecoveryKey } from '../crypto/recoveryKey';
import { DecryptionError, open, wipe } from '../crypto/sodium';
import { MIGRATIONS } from '../db/migrations';
import { unwrapSlotsWithPassphrase, unwrapSlotsWithRecoveryKey } from '../vault/keyslots';
import { deriveVaultSubkey } from '../vault/subkeys';
import { discardRestoring, restoringFile, swapInRestoredVault, type UnlockMethod } from '../vault/vaultFiles';
import { readBackup, type Progress } from './backupFile';
import { fileKeyAssociatedData, slotFromHeader, type BackupHeader } from './backupHeader';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** Opens a backup's file key with the credentials the user typed (the KDF runs once, here). */
function unwrapFileKey(header: BackupHeader, credentials: UnlockMethod): Uint8Array {
  try {
    return unwrapFileKeyOrThrow(header, credentials);
  } catch (error) {
    // A slot with unsafe or unreadable parameters is the file's fault, not the vault's.
    if (error instanceof AppError && error.code === 'VAULT_CORRUPT') {
      throw new AppError('BAD_BACKUP', 'the backup header is damaged or has unsafe parameters');
    }
    throw error;
  }
}

function unwrapFileKeyOrThrow(header: BackupHeader, credentials: UnlockMethod): Uint8Array {
  const slots = header.slots.map(slotFromHeader);
  if (header.wrap === 'direct') {
    if (credentials.method !== 'passphrase') {
      throw new AppError(
        'BAD_PASSPHRASE',
        'this backup opens with its backup passphrase, not a recovery key',
      );
    }
    return unwrapSlotsWithPassphrase(slots, header.scope, credentials.passphrase);
  }
  let dataKey: Uint8Array;
  if (credentials.method === 'passphrase') {
    dataKey = unwrapSlotsWithPassphrase(slots, header.scope, credentials.passphrase);
  } else {
    const parsed = parseRecoveryKey(credentials.recoveryKey);
    if (!parsed.ok) throw new AppError('BAD_PASSPHRASE', 'that is not a recovery key');
    try {
      dataKey = unwrapSlotsWithRecoveryKey(slots, header.scope, parsed.key);
    } finally {
      wipe(parsed.key);
    }
  }
  const backupKey = deriveVaultSubkey(dataKey, 'backup');
  try {
    return open(backupKey, Buffer.from(header.wrappedFileKey, 'base64'), fileKeyAssociatedData(header.scope));
  } catch (error) {
    if (error instanceof DecryptionError) throw new AppError('BAD_BACKUP', 'the backup header was altered');
    throw error;
  } finally {
    wipe(backupKey);
    wipe(dataKey);
  }
}

/**
 * Restores a backup in place of the vault in `dataDir`, never trusting the file before it is
 * fully verified:
 *  1. the whole file is decrypted once and discarded (any damage, truncation or tampering
 *     is refused before anything on disk changes);
 *  2. it is decrypted again into a new file beside the vault (mode 0600), which must open as
 *     an Alcove database this version can read;
 *  3. only then is the current vault moved aside (kept until the restored one is unlocked)
 *     and the restored file put in its place.
 * The content is the database file byte for byte. Returns how the backup was protected: a
 * 'vault' backup opens with the same credentials as the restored vault.
 */
export function restoreBackup(options: {
  dataDir: string;
  file: string;
  credentials: UnlockMethod;
  onProgress?: Progress;
}): { wrap: BackupHeader['wrap'] } {
  let fileKey: Uint8Array | undefined;
  const fileKeyFor = (header: BackupHeader) => {
    fileKey ??= unwrapFileKey(header, options.credentials);
    return fileKey.slice();
  };
  const report = (pass: number) => (done: number, total: number) =>
    options.onProgress?.(pass * total + done, 2 * total);
  try {
    readBackup({
      file: options.file,
      fileKeyFor,
      sink: (chunk, index) => {
        if (index === 0 && !Buffer.from(chunk.subarray(0, SQLITE_MAGIC.length)).equals(SQLITE_MAGIC)) {
          throw new AppError('BAD_BACKUP', 'the backup does not contain an Alcove vault');
        }
      },
      onProgress: report(0),
    });
    const target = restoringFile(options.dataDir);
    fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
    discardRestoring(options.dataDir);
    const fd = fs.openSync(target, 'wx', 0o600);
    let header: BackupHeader;
    try {
      header = readBackup({
        file: options.file,
        fileKeyFor,
        sink: (chunk) => {
          fs.writeSync(fd, chunk);
        },
        onProgress: report(1),
      });
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    try {
      checkRestoredDatabase(target, header);
    } catch (error) {
      discardRestoring(options.dataDir);
      throw error;
    }
    swapInRestoredVault(options.dataDir);
    return { wrap: header.wrap };
  } catch (error) {
    discardRestoring(options.dataDir);
    throw error;
  } finally {
    wipe(fileKey);
  }
}

/** The restored file must be a sound SQLite database holding the vault the header names. */
function checkRestoredDatabase(file: string, header: BackupHeader): void {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new AppError('BAD_BACKUP', 'the database inside the backup is damaged');
    const version = db.pragma('user_version', { simple: true }) as number;
    const latest = MIGRATIONS[MIGRATIONS.length - 1]!.version;
    if (version > latest) {
      throw new AppError('VAULT_TOO_NEW', 'this backup was made by a newer version of Alcove');
    }
    const row = db.prepare("SELECT value FROM vault_meta WHERE key = 'vault_id'").get() as
      { value: Uint8Array } | undefined;
    if (!row) throw new AppError('BAD_BACKUP', 'the backup does not contain an Alcove vault');
    if (header.wrap === 'vault' && Buffer.from(row.value).toString('hex') !== header.scope) {
      throw new AppError('BAD_BACKUP', 'the backup header and its vault do not match');
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('BAD_BACKUP', 'the database inside the backup cannot be read', { cause: error });
  } finally {
    db?.close();
  }
}
