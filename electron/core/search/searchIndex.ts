import Database from 'better-sqlite3';
import { statementCache } from '../db/statementCache';
import { indexTerms, toMatchExpression } from './textAnalysis';

/**
 * The full-text index: an in-memory SQLite FTS5 table, contentless (it keeps terms and
 * positions, not the text), living only in the vault worker. It is built after unlock and
 * vanishes with the worker on lock; nothing of it is ever written to disk.
 */
export class SearchIndex {
  readonly #db: Database.Database;
  readonly #insertDoc: Database.Statement<[string, number]>;
  readonly #docOf: Database.Statement<[string], { rowid: number }>;
  readonly #insertTerms: Database.Statement<[number, string, string]>;
  readonly #deleteTerms: Database.Statement<[number]>;
  readonly #deleteDoc: Database.Statement<[number]>;

  readonly #sql: ReturnType<typeof statementCache>;

  private constructor(db: Database.Database) {
    this.#db = db;
    this.#sql = statementCache(db);
    // Sorts and temporary b-trees stay in memory too: plaintext terms must never spill to a temp file.
    this.#db.pragma('temp_store = MEMORY');
    this.#db.exec(`
      CREATE TABLE IF NOT EXISTS docs (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
      CREATE VIRTUAL TABLE IF NOT EXISTS terms USING fts5(
        title, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
      );
    `);
    this.#insertDoc = this.#db.prepare('INSERT INTO docs (id, version) VALUES (?, ?)');
    this.#docOf = this.#db.prepare('SELECT rowid FROM docs WHERE id = ?');
    this.#insertTerms = this.#db.prepare('INSERT INTO terms (rowid, title, body) VALUES (?, ?, ?)');
    this.#deleteTerms = this.#db.prepare('DELETE FROM terms WHERE rowid = ?');
    this.#deleteDoc = this.#db.prepare('DELETE FROM docs WHERE rowid = ?');
  }

  static empty(): SearchIndex {
    return new SearchIndex(new Database(':memory:'));
  }

  /** From a decrypted snapshot; an unusable one gives an empty index (rebuilt in the background). */
  static fromSnapshot(bytes: Uint8Array | null): SearchIndex {
    if (!bytes) return SearchIndex.empty();
    try {
      return new SearchIndex(new Database(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
    } catch {
      return SearchIndex.empty();
    }
  }

  /** id → version of every indexed entry, to reconcile with the vault's rows. */
  versions(): Map<string, number> {
    return new Map(this.#db.prepare('SELECT id, version FROM docs').raw().all() as Array<[string, number]>);
  }

  /**
   * The integrity ledger's write counter when this index was last brought up to date: equal to
   * the vault's current counter means nothing changed since, and reconciliation can be skipped.
   */
  get ledgerCounter(): bigint | null {
    const row = this.#sql("SELECT value FROM meta WHERE key = 'ledger_counter'").get() as
      { value: string } | undefined;
    return row ? BigInt(row.value) : null;
  }

  set ledgerCounter(counter: bigint | null) {
    if (counter === null) this.#sql("DELETE FROM meta WHERE key = 'ledger_counter'").run();
    else
      this.#sql("INSERT OR REPLACE INTO meta (key, value) VALUES ('ledger_counter', ?)").run(
        counter.toString(),
      );
  }

  serialize(): Buffer {
    return this.#db.serialize();
  }

  get size(): number {
    return (this.#db.prepare('SELECT count(*) AS n FROM docs').get() as { n: number }).n;
  }

  has(id: string): boolean {
    return this.#docOf.get(id) !== undefined;
  }

  /** Adds or replaces an entry's terms. */
  upsert(id: string, version: number, title: string, body: string): void {
    const titleTerms = indexTerms(title);
    const bodyTerms = indexTerms(body);
    this.#db.transaction(() => {
      this.remove(id);
      const rowid = Number(this.#insertDoc.run(id, version).lastInsertRowid);
      this.#insertTerms.run(rowid, titleTerms, bodyTerms);
    })();
  }

  remove(id: string): void {
    const doc = this.#docOf.get(id);
    if (!doc) return;
    this.#deleteTerms.run(doc.rowid);
    this.#deleteDoc.run(doc.rowid);
  }

  /** Entry ids, best match first (BM25; a match in the title weighs three times one in the body). */
  search(terms: string[][], limit: number): string[] {
    const expression = toMatchExpression(terms);
    if (!expression) return [];
    const rows = this.#db
      .prepare(
        `SELECT docs.id AS id FROM terms JOIN docs ON docs.rowid = terms.rowid
         WHERE terms MATCH ? ORDER BY bm25(terms, 3.0, 1.0) LIMIT ?`,
      )
      .all(expression, limit) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }

  close(): void {
    this.#db.close();
  }
}
