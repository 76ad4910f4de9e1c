import Database from 'better-sqlite3';
import { sqliteBaseline, type Db } from './sqliteBaseline';

/** better-sqlite3 + FTS5, no encryption: the floor Alcove is measured against. */
export const plaintext = sqliteBaseline(
  (file) => new Database(file) as unknown as Db,
  () => 0,
);
