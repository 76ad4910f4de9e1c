import type { Migration } from './index';

/**
 * Guided exercise sessions (breathing, grounding): like check-ins and self-check-ins, each one
 * encrypted value (kind, start, duration, distress before and after, what was noticed) under a
 * random id.
 */
export const m007Exercises: Migration = {
  version: 7,
  name: 'exercises: encrypted exercise sessions',
  up(db) {
    db.exec(`
      CREATE TABLE exercises (
        id        TEXT PRIMARY KEY,
        version   INTEGER NOT NULL,
        auth_tags BLOB NOT NULL,
        value     BLOB NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
