import type { Migration } from './index';

/**
 * The tag catalogue: each tag (name and colour) one encrypted value under a random id, like
 * check-ins. Entries refer to tags by id from their encrypted header, so renaming a tag
 * rewrites one row, and the file shows neither the names nor which entry carries which tag.
 */
export const m009Tags: Migration = {
  version: 9,
  name: 'tags: encrypted tag catalogue',
  up(db) {
    db.exec(`
      CREATE TABLE tags (
        id        TEXT PRIMARY KEY,
        version   INTEGER NOT NULL,
        auth_tags BLOB NOT NULL,
        value     BLOB NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
