import type { Migration } from './index';

/**
 * The couple space (docs/couple-crypto.md): a few encrypted JSON documents (the space and its
 * partners' key slots, one per exercise round), in their own table so nothing that reads the
 * journal (timeline, search, insights, exports) can come across them. Each value is sealed by
 * the vault like every other row and covered by the integrity ledger; inside it, answers are
 * sealed again under each partner's own key.
 */
export const m010Couple: Migration = {
  version: 10,
  name: 'couple: the couple space, one encrypted document per key',
  up(db) {
    db.exec(`
      CREATE TABLE couple (
        id        TEXT PRIMARY KEY,
        version   INTEGER NOT NULL,
        value     BLOB NOT NULL,
        auth_tags BLOB NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
