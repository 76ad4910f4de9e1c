import {
  AutoBackupAttemptSchema,
  AutoBackupRecordSchema,
  EMPTY_AUTO_BACKUP_RECORD,
  type AutoBackupAttempt,
  type AutoBackupRecord,
  type AutoBackupSettings,
} from '../../../shared/domain/autoBackup';
import type { DocumentStore } from './documentStore';

const AUTO_BACKUP = 'auto-backup';

/**
 * Automatic backups' settings and last attempt: one encrypted document beside the preferences
 * (the folder's path says something about the person, so it is not kept in clear).
 */
export class AutoBackupRepository {
  readonly #documents: DocumentStore;

  constructor(documents: DocumentStore) {
    this.#documents = documents;
  }

  get(): AutoBackupRecord {
    const stored = this.#documents.read(AUTO_BACKUP);
    // Like the preferences: a field missing (or unknown to this version) takes its default.
    const known = AutoBackupRecordSchema.partial().safeParse(stored ?? {});
    return { ...EMPTY_AUTO_BACKUP_RECORD, ...(known.success ? known.data : {}) };
  }

  configure(patch: Partial<AutoBackupSettings>): AutoBackupRecord {
    return this.#write({ ...this.#currentOrEmpty(), ...patch });
  }

  /** The last attempt; a written backup also moves the point "due" is measured from. */
  record(attempt: AutoBackupAttempt): AutoBackupRecord {
    const parsed = AutoBackupAttemptSchema.parse(attempt);
    const current = this.#currentOrEmpty();
    return this.#write({
      ...current,
      lastAttempt: parsed,
      lastWrittenAt: parsed.outcome === 'written' ? parsed.at : current.lastWrittenAt,
    });
  }

  #write(next: AutoBackupRecord): AutoBackupRecord {
    const parsed = AutoBackupRecordSchema.parse(next);
    this.#documents.write(AUTO_BACKUP, parsed);
    return parsed;
  }

  /** A damaged document can be overwritten: the user is choosing anew anyway. */
  #currentOrEmpty(): AutoBackupRecord {
    try {
      return this.get();
    } catch {
      return EMPTY_AUTO_BACKUP_RECORD;
    }
  }
}
