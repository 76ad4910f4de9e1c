import type { Migration } from './index';

/**
 * Images attached to entries. Both the metadata (entry, type, name, size, date) and the bytes
 * are encrypted; the entry an image belongs to is inside the encrypted metadata, so the file
 * does not even reveal which entries have pictures.
 */
export const m003Attachments: Migration = {
  version: 3,
  name: 'attachments: encrypted metadata and bytes',
  up(db) {
    db.exec(`
      CREATE TABLE attachments (
        id        TEXT PRIMARY KEY,
        version   INTEGER NOT NULL,
        auth_tags BLOB NOT NULL, -- before the blobs: the unlock check reads it without the image
        meta      BLOB NOT NULL,
        data      BLOB NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
