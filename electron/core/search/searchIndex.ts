import { MemoryDatabase } from '../db/memoryDatabase';
import { indexTerms, toMatchExpression } from './textAnalysis';

/** How many ranked matches a narrowed search checks against the timeline at once. */
const KEEP_SLICE = 2000;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS docs (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL);
  CREATE VIRTUAL TABLE IF NOT EXISTS terms USING fts5(
    title, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
  );
`;

/**
 * The full-text index: an in-memory SQLite FTS5 table, contentless (it keeps terms and
 * positions, not the text), living only in the vault worker. It is built after unlock and
 * vanishes with the worker on lock; nothing of it is ever written to disk.
 */
export class SearchIndex {
  /** The database, its statement cache and its ledger counter (shared with the timeline). */
  readonly store: MemoryDatabase;
  readonly #sql: MemoryDatabase['sql'];

  private constructor(store: MemoryDatabase) {
    this.store = store;
    this.#sql = store.sql;
  }

  static empty(): SearchIndex {
    return SearchIndex.fromSnapshot(null);
  }

  /** From a decrypted snapshot; an unusable one gives an empty index (rebuilt in the background). */
  static fromSnapshot(bytes: Uint8Array | null): SearchIndex {
    return new SearchIndex(MemoryDatabase.open(SCHEMA, bytes));
  }

  /** id → version of every indexed entry, to reconcile with the vault's rows. */
  versions(): Map<string, number> {
    return new Map(this.#sql('SELECT id, version FROM docs').raw().all() as Array<[string, number]>);
  }

  /** Adds or replaces an entry's terms. */
  upsert(id: string, version: number, title: string, body: string): void {
    const titleTerms = indexTerms(title);
    const bodyTerms = indexTerms(body);
    this.store.db.transaction(() => {
      this.remove(id);
      const rowid = Number(
        this.#sql('INSERT INTO docs (id, version) VALUES (?, ?)').run(id, version).lastInsertRowid,
      );
      this.#sql('INSERT INTO terms (rowid, title, body) VALUES (?, ?, ?)').run(rowid, titleTerms, bodyTerms);
    })();
  }

  remove(id: string): void {
    const doc = this.#sql('SELECT rowid FROM docs WHERE id = ?').get(id) as { rowid: number } | undefined;
    if (!doc) return;
    this.#sql('DELETE FROM terms WHERE rowid = ?').run(doc.rowid);
    this.#sql('DELETE FROM docs WHERE rowid = ?').run(doc.rowid);
  }

  /** Entry ids, best match first (BM25; a match in the title weighs three times one in the body). */
  search(terms: string[][], limit: number, keep?: (ids: readonly string[]) => Set<string>): string[] {
    const expression = toMatchExpression(terms);
    if (!expression) return [];
    if (!keep) {
      const rows = this.#sql(
        `SELECT docs.id AS id FROM terms JOIN docs ON docs.rowid = terms.rowid
           WHERE terms MATCH ? ORDER BY bm25(terms, 3.0, 1.0) LIMIT ?`,
      ).all(expression, limit) as Array<{ id: string }>;
      return rows.map((r) => r.id);
    }
    // Narrowed: every match in rank order (ids only), kept or not by `keep`, a slice at a time,
    // until `limit` are kept; ranking once is cheaper than paging the ranking with OFFSET.
    const ranked = this.#sql(
      `SELECT docs.id FROM terms JOIN docs ON docs.rowid = terms.rowid
         WHERE terms MATCH ? ORDER BY bm25(terms, 3.0, 1.0)`,
    )
      .pluck()
      .all(expression) as string[];
    const found: string[] = [];
    for (let start = 0; start < ranked.length && found.length < limit; start += KEEP_SLICE) {
      const slice = ranked.slice(start, start + KEEP_SLICE);
      const kept = keep(slice);
      for (const id of slice) if (kept.has(id) && found.length < limit) found.push(id);
    }
    return found;
  }

  close(): void {
    this.store.close();
  }
}
