import type { Migration } from './index';

/**
 * What stays in clear: random ids, row versions, keyslot parameters, the vault id, and the
 * integrity ledger (a write counter, an aggregate of keyed digests, its tag) with each row's
 * AEAD tags (auth_tags) that feed it.
 * Everything a user wrote — titles, bodies, and all dates — lives in encrypted blobs.
 * No table has SQLite's implicit, time-ordered rowid: ids (and the entries' slot) are random.
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

      -- A rowid table, so a typical entry fits in its page (a WITHOUT ROWID row this large spills
      -- to a mostly empty overflow page: 2.3x the bytes of plaintext in the benchmark). The rowid
      -- ('slot') is random, never SQLite's sequential one, so it does not reveal writing order.
      -- Small columns first: checking versions and AEAD tags never reads the blobs.
      CREATE TABLE entries (
        slot      INTEGER PRIMARY KEY,
        id        TEXT NOT NULL UNIQUE,
        version   INTEGER NOT NULL,
        auth_tags BLOB NOT NULL,
        header    BLOB NOT NULL,
        body      BLOB NOT NULL
      ) STRICT;
    `);
  },
};
