import { AppError } from '../../../shared/errors';
import type { Db } from '../db/openDatabase';
import { authTagsOf, type IntegrityLedger } from '../vault/integrity';
import type { RecordCipher } from '../vault/recordCipher';

/** `settings` (preferences, the safety plan…); `couple` (the couple space, kept apart from the journal). */
export type DocumentTable = 'settings' | 'couple';

interface DocumentRow {
  version: number;
  value: Uint8Array;
  auth_tags: Uint8Array;
}

/**
 * Small documents the user owns beyond entries (preferences, the safety plan): one encrypted
 * JSON value per id in the `settings` table, versioned, bound to its id by the record cipher and
 * covered by the integrity ledger like every other row.
 */
export class DocumentStore {
  readonly #db: Db;
  readonly #cipher: RecordCipher;
  readonly #ledger: IntegrityLedger;
  readonly #table: DocumentTable;

  constructor(db: Db, cipher: RecordCipher, ledger: IntegrityLedger, table: DocumentTable = 'settings') {
    this.#db = db;
    this.#cipher = cipher;
    this.#ledger = ledger;
    this.#table = table;
  }

  /** The stored value, undefined when never written; DAMAGED_RECORD when it fails to open. */
  read(id: string): unknown {
    const row = this.#row(id);
    if (!row) return undefined;
    try {
      return this.#cipher.openJson(
        { table: this.#table, rowId: id, column: 'value', rowVersion: row.version },
        row.value,
      );
    } catch {
      throw new AppError(
        'DAMAGED_RECORD',
        `the ${id} document could not be decrypted or failed authentication`,
      );
    }
  }

  write(id: string, value: unknown): void {
    const row = this.#row(id);
    const version = (row?.version ?? 0) + 1;
    const sealed = this.#cipher.sealJson(
      { table: this.#table, rowId: id, column: 'value', rowVersion: version },
      value,
    );
    const authTags = authTagsOf(sealed);
    this.#db.transaction(() => {
      this.#db
        .prepare(`INSERT OR REPLACE INTO ${this.#table} (id, version, value, auth_tags) VALUES (?, ?, ?, ?)`)
        .run(id, version, sealed, authTags);
      this.#ledger.record(
        row ? { table: this.#table, id, version: row.version, authTags: row.auth_tags } : null,
        {
          table: this.#table,
          id,
          version,
          authTags,
        },
      );
    })();
  }

  /** Re-encrypts every document under `next` (data key rotation; inside the caller's transaction). */
  resealAll(next: RecordCipher): void {
    const rows = this.#db.prepare(`SELECT id, version FROM ${this.#table}`).all() as Array<{
      id: string;
      version: number;
    }>;
    for (const { id, version } of rows) {
      let value: unknown;
      try {
        value = this.read(id);
      } catch {
        continue; // damaged: kept as it is, like a damaged entry
      }
      const sealed = next.sealJson(
        { table: this.#table, rowId: id, column: 'value', rowVersion: version },
        value,
      );
      this.#db
        .prepare(`UPDATE ${this.#table} SET value = ?, auth_tags = ? WHERE id = ?`)
        .run(sealed, authTagsOf(sealed), id);
    }
  }

  /**
   * Runs several writes and deletes as ONE transaction (each becomes a savepoint inside it):
   * for changes that must land together or not at all, like a partner file's effect and the
   * ledger that stops it being imported twice.
   */
  batch(changes: () => void): void {
    this.#db.transaction(changes)();
  }

  /** Removes a document (nothing happens when there is none). */
  delete(id: string): void {
    const row = this.#row(id);
    if (!row) return;
    this.#db.transaction(() => {
      this.#db.prepare(`DELETE FROM ${this.#table} WHERE id = ?`).run(id);
      this.#ledger.record({ table: this.#table, id, version: row.version, authTags: row.auth_tags }, null);
    })();
  }

  #row(id: string): DocumentRow | undefined {
    return this.#db.prepare(`SELECT version, value, auth_tags FROM ${this.#table} WHERE id = ?`).get(id) as
      DocumentRow | undefined;
  }
}
