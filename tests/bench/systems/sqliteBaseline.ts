import fs from 'node:fs';
import path from 'node:path';
import type { SyntheticEntry } from '../generate';
import { percentile, rssMb, time } from '../stats';
import type { BenchSystem, Metrics } from './types';

/** The subset of the better-sqlite3 API both baselines use (the ciphers fork has the same one). */
interface Statement {
  run(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}
export interface Db {
  pragma(source: string, options?: { simple: boolean }): unknown;
  exec(source: string): unknown;
  prepare(source: string): Statement;
  transaction<T extends (...args: never[]) => unknown>(fn: T): T;
  close(): unknown;
}

const SCHEMA = `
  CREATE TABLE entries (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    title TEXT NOT NULL, body TEXT NOT NULL, tags TEXT NOT NULL, emotions TEXT NOT NULL
  );
  CREATE INDEX entries_created ON entries (created_at DESC);
  -- External-content FTS5 over title and body, kept in sync by a trigger: the usual design.
  CREATE VIRTUAL TABLE entries_fts USING fts5(
    title, body, content = 'entries', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER entries_ai AFTER INSERT ON entries BEGIN
    INSERT INTO entries_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
  END;
`;

const FILE = 'journal.db';
let counter = 0;
const newId = () => `${Date.now().toString(16)}${(counter++).toString(16).padStart(8, '0')}`;

function insert(db: Db) {
  const statement = db.prepare(
    'INSERT INTO entries (id, created_at, updated_at, title, body, tags, emotions) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  return (e: SyntheticEntry) =>
    statement.run(
      newId(),
      e.createdAt,
      e.createdAt,
      e.title,
      e.body,
      JSON.stringify(e.tags),
      JSON.stringify(e.emotions),
    );
}

function ftsQuery(query: string): string {
  return query
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `"${w.replace(/"/g, '')}"*`)
    .join(' AND ');
}

/** plaintext and sqlcipher differ only in how the database is opened. */
export function sqliteBaseline(
  open: (file: string, withKdf: boolean) => Db,
  kdfMs: () => number,
): BenchSystem {
  return {
    async populate(dir, entries) {
      const db = open(path.join(dir, FILE), true);
      db.pragma('journal_mode = WAL');
      db.exec(SCHEMA);
      const add = insert(db);
      db.transaction(() => {
        for (const entry of entries) add(entry);
      })();
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      return {};
    },

    async measure(dir, queries, saves) {
      const file = path.join(dir, FILE);
      const kdf = kdfMs();
      const opened = time(() => {
        const db = open(file, true);
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = FULL');
        db.prepare('SELECT id, title, created_at FROM entries ORDER BY created_at DESC LIMIT 50').all();
        return db;
      });
      const db = opened.value;
      const metrics: Metrics = {
        kdf_ms: kdf,
        unlock_to_timeline_ms: Math.max(0, opened.ms - kdf),
        index_ready_ms: 0, // the index is on disk
      };
      const search = db.prepare(
        `SELECT entries.id, snippet(entries_fts, 1, '[', ']', '…', 12) AS snippet
         FROM entries_fts JOIN entries ON entries.rowid = entries_fts.rowid
         WHERE entries_fts MATCH ? ORDER BY bm25(entries_fts) LIMIT 30`,
      );
      const searchMs = queries.map((q) => time(() => search.all(ftsQuery(q))).ms);
      metrics.search_p50_ms = percentile(searchMs, 50);
      metrics.search_p95_ms = percentile(searchMs, 95);
      metrics.rss_mb = rssMb();
      const add = insert(db);
      const saveMs = saves.map((e) => time(() => add(e)).ms);
      metrics.save_p50_ms = percentile(saveMs, 50);
      metrics.save_p99_ms = percentile(saveMs, 99);
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      metrics.db_bytes = fs
        .readdirSync(dir)
        .filter((f) => f.startsWith(FILE))
        .reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
      return metrics;
    },
  };
}
