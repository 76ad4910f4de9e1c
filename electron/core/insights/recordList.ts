import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/openDatabase';
import { authTagsOf, type IntegrityLedger, type ProtectedTable } from '../vault/integrity';
import { DamagedRecordError, type RecordCipher } from '../vault/recordCipher';

interface Row {
  id: string;
  version: number;
  value: Uint8Array;
  auth_tags: Uint8Array;
}

/** What most timed records have: a random id and the instant it is about. */
export interface TimedRecord {
  id: string;
  at: string;
}

/** Where a record's instant is: `at` unless the list is told otherwise. */
type TimeOf<T> = T extends TimedRecord ? [timeOf?: (record: T) => string] : [timeOf: (record: T) => string];

/**
 * A list of small timed records (emotion check-ins, self-check-ins, exercise sessions), each ONE
 * encrypted, padded value under a random id — its time included, so the file shows neither when
 * nor how often — covered by the integrity ledger. A few a day make some thousands in a lifetime:
 * they are decrypted once per unlock into the worker's memory, sorted by time, for lists and charts.
 */
export class EncryptedRecordList<T extends { id: string }> {
  readonly #db: Db;
  readonly #cipher: RecordCipher;
  readonly #ledger: IntegrityLedger;
  readonly #table: ProtectedTable;
  readonly #schema: z.ZodType<T>;
  readonly #timeOf: (record: T) => string;
  #cache: T[] | null = null;
  #damaged = 0;

  constructor(
    db: Db,
    cipher: RecordCipher,
    ledger: IntegrityLedger,
    table: ProtectedTable,
    schema: z.ZodType<T>,
    ...[timeOf]: TimeOf<T>
  ) {
    this.#db = db;
    this.#cipher = cipher;
    this.#ledger = ledger;
    this.#table = table;
    this.#schema = schema;
    const given = timeOf as ((record: T) => string) | undefined;
    this.#timeOf = given ?? ((record) => (record as unknown as TimedRecord).at);
  }

  /** Stores `fields` under a new random id. */
  add(fields: Omit<T, 'id'>): T {
    // Loaded before the insert, so the new row is added to the cache once, not read back too.
    const all = this.#all();
    const record = { id: randomBytes(16).toString('hex'), ...fields } as T;
    const value = this.#seal(this.#cipher, record, 1);
    const authTags = authTagsOf(value);
    this.#db.transaction(() => {
      this.#db
        .prepare(`INSERT INTO ${this.#table} (id, version, auth_tags, value) VALUES (?, ?, ?, ?)`)
        .run(record.id, 1, authTags, value);
      this.#ledger.record(null, { table: this.#table, id: record.id, version: 1, authTags });
    })();
    all.push(record);
    all.sort(this.#byTime);
    return record;
  }

  /**
   * Newest first; `before` pages back in time, `since` keeps only what came at or after it.
   * Damaged records are counted, never hidden silently.
   */
  list(limit: number, before?: string, since?: string): { records: T[]; damaged: number } {
    const selected = this.#all().filter((r) => {
      const at = this.#timeOf(r);
      return (before === undefined || at < before) && (since === undefined || at >= since);
    });
    return { records: selected.slice(-limit).reverse(), damaged: this.#damaged };
  }

  delete(id: string): void {
    const row = this.#db.prepare(`SELECT version, auth_tags FROM ${this.#table} WHERE id = ?`).get(id) as
      Pick<Row, 'version' | 'auth_tags'> | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'no such record');
    this.#db.transaction(() => {
      this.#db.prepare(`DELETE FROM ${this.#table} WHERE id = ?`).run(id);
      this.#ledger.record({ table: this.#table, id, version: row.version, authTags: row.auth_tags }, null);
    })();
    const all = this.#all();
    const kept = all.filter((r) => r.id !== id);
    // Every row is either in the cache or counted as damaged: this one was damaged.
    if (kept.length === all.length) this.#damaged = Math.max(0, this.#damaged - 1);
    this.#cache = kept;
  }

  /** Re-encrypts every readable record under `next` (data key rotation, in the caller's transaction). */
  resealAll(next: RecordCipher): void {
    const write = this.#db.prepare(`UPDATE ${this.#table} SET value = ?, auth_tags = ? WHERE id = ?`);
    for (const row of this.#rows()) {
      let record: T;
      try {
        record = this.#open(row);
      } catch {
        continue; // damaged: kept as it is
      }
      const value = this.#seal(next, record, row.version);
      write.run(value, authTagsOf(value), row.id);
    }
  }

  #rows(): Row[] {
    return this.#db.prepare(`SELECT id, version, value, auth_tags FROM ${this.#table}`).all() as Row[];
  }

  #all(): T[] {
    if (this.#cache) return this.#cache;
    const all: T[] = [];
    this.#damaged = 0;
    for (const row of this.#rows()) {
      try {
        all.push(this.#open(row));
      } catch (error) {
        if (!(error instanceof DamagedRecordError)) throw error;
        this.#damaged++;
      }
    }
    this.#cache = all.sort(this.#byTime);
    return this.#cache;
  }

  #open(row: Row): T {
    const address = { table: this.#table, rowId: row.id, column: 'value', rowVersion: row.version };
    const parsed = this.#schema.safeParse(this.#cipher.openJson(address, row.value));
    if (!parsed.success || parsed.data.id !== row.id) throw new DamagedRecordError(address);
    return parsed.data;
  }

  readonly #byTime = (a: T, b: T): number => {
    const [x, y] = [this.#timeOf(a), this.#timeOf(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  };

  #seal(cipher: RecordCipher, record: T, version: number): Uint8Array {
    return cipher.sealJson(
      { table: this.#table, rowId: record.id, column: 'value', rowVersion: version },
      record,
    );
  }
}
