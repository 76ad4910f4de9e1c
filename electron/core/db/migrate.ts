import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { MIGRATIONS, type Migration } from './migrations';

/**
 * Brings the schema to the latest version: pending migrations run in order inside ONE
 * transaction (all or nothing), each recorded in PRAGMA user_version. A database written by a
 * newer Alcove is refused rather than guessed at.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new AppError(
      'VAULT_TOO_NEW',
      `this vault was written by a newer version of Alcove (schema ${current}, this app knows ${latest})`,
    );
  }
  const pending = migrations.filter((m) => m.version > current);
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
  return latest;
}
