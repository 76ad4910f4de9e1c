import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { migrate } from './migrate';

export type Db = Database.Database;

/**
 * Opens (or creates) the vault database with the storage hygiene SECURITY.md asks for:
 * folder 0700, file 0600 created before SQLite touches it (SQLite gives -wal/-shm the same
 * mode), WAL with synchronous=FULL so an acknowledged write survives a crash, and
 * secure_delete so deleted text is overwritten rather than left in free pages.
 */
export function openDatabase(file: string, mode: 'create' | 'open'): Db {
  if (mode === 'create') {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.chmodSync(path.dirname(file), 0o700);
    // 'wx' fails if a vault is already there: creation never overwrites anything.
    try {
      fs.closeSync(fs.openSync(file, 'wx', 0o600));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new AppError('VAULT_EXISTS', 'a vault already exists here');
      }
      throw error;
    }
  } else if (!fs.existsSync(file)) {
    throw new AppError('NO_VAULT', 'no vault at this location');
  }

  let db: Db | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('secure_delete = ON');
    db.pragma('foreign_keys = ON');
    db.pragma('trusted_schema = OFF');
    // Sorts and temporary tables stay in memory: nothing derived from the vault goes to a temp file.
    db.pragma('temp_store = MEMORY');
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof AppError) throw error;
    // Truncated, overwritten or not-a-database files all land here: say so, never start empty.
    throw new AppError('VAULT_CORRUPT', 'the vault file could not be read as a database', { cause: error });
  }
}
