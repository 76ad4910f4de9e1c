import type { Migration } from './index';

/**
 * Structured worksheets (thought record, values check…) stored with their entry: one more
 * encrypted column, NULL for plain entries. Kept apart from the body (the worksheet's Markdown,
 * which search and exports read) so neither format has to be guessed from the other, and last in
 * the row so listing and integrity checks never read it. Its AEAD tag joins the row's auth_tags.
 */
export const m008Worksheets: Migration = {
  version: 8,
  name: 'worksheets: an encrypted structured worksheet per entry',
  up(db) {
    db.exec('ALTER TABLE entries ADD COLUMN worksheet BLOB');
  },
};
