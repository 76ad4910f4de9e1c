import type { Migration } from './index';

/** Encrypted snapshots of the in-memory timeline and search indexes (derived data, rebuilt if lost). */
export const m004Snapshots: Migration = {
  version: 4,
  name: 'snapshots: encrypted index snapshots',
  up(db) {
    db.exec(`
      CREATE TABLE snapshots (
        id   TEXT PRIMARY KEY,
        data BLOB NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
