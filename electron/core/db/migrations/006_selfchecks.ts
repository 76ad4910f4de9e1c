import type { Migration } from './index';

/**
 * Self-check-ins (WHO-5, PHQ-9, GAD-7), opt-in: like check-ins, each one encrypted value (time,
 * scale, answers, score, band, instrument version) under a random id.
 */
export const m006SelfChecks: Migration = {
  version: 6,
  name: 'selfchecks: encrypted questionnaire results',
  up(db) {
    db.exec(`
      CREATE TABLE selfchecks (
        id        TEXT PRIMARY KEY,
        version   INTEGER NOT NULL,
        auth_tags BLOB NOT NULL,
        value     BLOB NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
