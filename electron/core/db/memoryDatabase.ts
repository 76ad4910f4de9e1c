import Database from 'better-sqlite3';
import { statementCache } from './statementCache';

/**
 * An in-memory SQLite database for a derived index (timeline, full-text search): restored from
 * a decrypted snapshot or started empty, never on disk (temporary b-trees stay in memory too),
 * and stamped with the integrity ledger's write counter it is up to date with.
 */
export class MemoryDatabase {
  readonly db: Database.Database;
  readonly sql: ReturnType<typeof statementCache>;

  private constructor(db: Database.Database, schema: string) {
    db.pragma('temp_store = MEMORY');
    db.exec(schema);
    db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID');
    this.db = db;
    this.sql = statementCache(db);
  }

  /** From a snapshot when one is given and usable; otherwise empty (the index is rebuilt, nothing is lost). */
  static open(schema: string, snapshot: Uint8Array | null): MemoryDatabase {
    if (snapshot) {
      try {
        const buffer = Buffer.from(snapshot.buffer, snapshot.byteOffset, snapshot.byteLength);
        return new MemoryDatabase(new Database(buffer), schema);
      } catch {
        // fall through to an empty database
      }
    }
    return new MemoryDatabase(new Database(':memory:'), schema);
  }

  /**
   * The ledger's write counter when this index was last brought up to date: equal to the
   * vault's current counter means nothing changed since, and reconciliation can be skipped.
   */
  get ledgerCounter(): bigint | null {
    const row = this.sql("SELECT value FROM meta WHERE key = 'ledger_counter'").get() as
      { value: string } | undefined;
    return row ? BigInt(row.value) : null;
  }

  set ledgerCounter(counter: bigint | null) {
    if (counter === null) this.sql("DELETE FROM meta WHERE key = 'ledger_counter'").run();
    else
      this.sql("INSERT OR REPLACE INTO meta (key, value) VALUES ('ledger_counter', ?)").run(
        counter.toString(),
      );
  }

  serialize(): Buffer {
    return this.db.serialize();
  }

  close(): void {
    this.db.close();
  }
}
