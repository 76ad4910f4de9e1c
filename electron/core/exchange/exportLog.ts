import { z } from 'zod';
import {
  EXPORT_LOG_LIMIT,
  ExportLogRecordSchema,
  type ExportLogRecord,
} from '../../../shared/exchange/exportRequest';
import type { DocumentStore } from '../settings/documentStore';

const EXPORT_LOG = 'export-log';

/**
 * The user's record of what left the vault: when, which format, how much, which file name. Kept
 * encrypted in the vault like the safety plan (one document), newest first, the oldest dropped
 * beyond EXPORT_LOG_LIMIT. It never holds any exported text.
 */
export class ExportLog {
  readonly #documents: DocumentStore;

  constructor(documents: DocumentStore) {
    this.#documents = documents;
  }

  list(): ExportLogRecord[] {
    const parsed = z.array(ExportLogRecordSchema).safeParse(this.#documents.read(EXPORT_LOG) ?? []);
    return parsed.success ? parsed.data : [];
  }

  add(record: ExportLogRecord): void {
    const next = [ExportLogRecordSchema.parse(record), ...this.list()].slice(0, EXPORT_LOG_LIMIT);
    this.#documents.write(EXPORT_LOG, next);
  }
}
