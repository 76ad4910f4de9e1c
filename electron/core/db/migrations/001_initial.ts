import type { Migration } from './index';

/**
 * What stays in clear: random ids, row versions, keyslot parameters, the vault id, and the
 * integrity ledger (a write counter, an aggregate of keyed digests, its tag) with each row's
 * AEAD tags (auth_tags) that feed it.
 * Everything a user wrote — titles, bodies, and all dates — lives in encrypted blobs.
 * Tables are WITHOUT ROWID so no implicit, time-ordered rowid reveals the order of writing.
 */
export const m001Initial: Migration = {
  version: 1,
  name: 'initial: vault metadata, keyslots, entries',
  up(db) {
    db.exec(`
      CREATE TABLE vault_meta (
        key   TEXT PRIMARY KEY,
        value BLOB NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE keyslots (
        id          TEXT PRIMARY KEY,
        kind        TEXT NOT NULL CHECK (kind IN ('passphrase', 'recovery')),
        params      TEXT NOT NULL,
        wrapped_key BLOB NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE entries (
        id        TEXT PRIMARY KEY,
        version   INTEGER NOT NULL,
        header    BLOB NOT NULL,
        body      BLOB NOT NULL,
        auth_tags BLOB NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
