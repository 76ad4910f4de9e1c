import type { Migration } from './index';

/**
 * Emotion check-ins: the whole record (time, grid point, labels, intensities, note, context)
 * is one encrypted value, so the file shows neither when nor how often someone checks in.
 */
export const m005Checkins: Migration = {
  version: 5,
  name: 'checkins: encrypted emotion check-ins',
  up(db) {
    db.exec(`
      CREATE TABLE checkins (
        id        TEXT PRIMARY KEY,
        version   INTEGER NOT NULL,
        auth_tags BLOB NOT NULL,
        value     BLOB NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
