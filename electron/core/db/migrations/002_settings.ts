import type { Migration } from './index';

/**
 * Settings that reveal something about the user (how soon the journal locks, later: which
 * exercises they follow, reveal preferences) live in the vault, encrypted like entries and
 * covered by the integrity ledger. Appearance (theme, language) stays in the renderer: it is
 * needed before unlock and says nothing personal.
 */
export const m002Settings: Migration = {
  version: 2,
  name: 'settings: one encrypted JSON document per key',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        id        TEXT PRIMARY KEY,
        version   INTEGER NOT NULL,
        value     BLOB NOT NULL,
        auth_tags BLOB NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
