import { randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { CheckinSchema, type Checkin, type CheckinDraft } from '../../../shared/domain/checkin';
import type { Db } from '../db/openDatabase';
import { authTagsOf, type IntegrityLedger } from '../vault/integrity';
import { DamagedRecordError, type RecordCipher } from '../vault/recordCipher';

const TABLE = 'checkins';

interface CheckinRow {
  id: string;
  version: number;
  value: Uint8Array;
  auth_tags: Uint8Array;
}

/**
 * Emotion check-ins, each one encrypted value under a random id. A few a day make some
 * thousands in a lifetime: they are decrypted once per unlock into memory (worker only) and
 * kept sorted there, so charts and lists never touch the disk again.
 */
export class CheckinRepository {
  readonly #db: Db;
  readonly #cipher: RecordCipher;
  readonly #ledger: IntegrityLedger;
  #cache: Checkin[] | null = null;
  #damaged = 0;

  constructor(db: Db, cipher: RecordCipher, ledger: IntegrityLedger) {
    this.#db = db;
    this.#cipher = cipher;
    this.#ledger = ledger;
  }

  add(draft: Omit<CheckinDraft, 'at'>, atIso: string): Checkin {
    // Loaded before the insert, so the new row is added to the cache once, not read back too.
    const all = this.#all();
    const checkin: Checkin = { id: randomBytes(16).toString('hex'), at: atIso, ...draft };
    const value = seal(this.#cipher, checkin, 1);
    const authTags = authTagsOf(value);
    this.#db.transaction(() => {
      this.#db
        .prepare('INSERT INTO checkins (id, version, auth_tags, value) VALUES (?, ?, ?, ?)')
        .run(checkin.id, 1, authTags, value);
      this.#ledger.record(null, { table: TABLE, id: checkin.id, version: 1, authTags });
    })();
    all.push(checkin);
    all.sort(byTime);
    return checkin;
  }

  /**
   * Newest first; `before` pages back in time, `since` keeps only what came at or after it.
   * Damaged records are counted, never hidden silently.
   */
  list(limit: number, before?: string, since?: string): { checkins: Checkin[]; damaged: number } {
    const selected = this.#all().filter(
      (c) => (before === undefined || c.at < before) && (since === undefined || c.at >= since),
    );
    return { checkins: selected.slice(-limit).reverse(), damaged: this.#damaged };
  }

  delete(id: string): void {
    const row = this.#db.prepare('SELECT version, auth_tags FROM checkins WHERE id = ?').get(id) as
      Pick<CheckinRow, 'version' | 'auth_tags'> | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'no such check-in');
    this.#db.transaction(() => {
      this.#db.prepare('DELETE FROM checkins WHERE id = ?').run(id);
      this.#ledger.record({ table: TABLE, id, version: row.version, authTags: row.auth_tags }, null);
    })();
    this.#cache = this.#all().filter((c) => c.id !== id);
  }

  /** Re-encrypts every readable check-in under `next` (data key rotation, in the caller's transaction). */
  resealAll(next: RecordCipher): void {
    const rows = this.#db.prepare('SELECT id, version, value, auth_tags FROM checkins').all() as CheckinRow[];
    const write = this.#db.prepare('UPDATE checkins SET value = ?, auth_tags = ? WHERE id = ?');
    for (const row of rows) {
      let checkin: Checkin;
      try {
        checkin = this.#open(row);
      } catch {
        continue; // damaged: kept as it is
      }
      const value = seal(next, checkin, row.version);
      write.run(value, authTagsOf(value), row.id);
    }
  }

  #all(): Checkin[] {
    if (this.#cache) return this.#cache;
    const rows = this.#db.prepare('SELECT id, version, value, auth_tags FROM checkins').all() as CheckinRow[];
    const all: Checkin[] = [];
    this.#damaged = 0;
    for (const row of rows) {
      try {
        all.push(this.#open(row));
      } catch (error) {
        if (!(error instanceof DamagedRecordError)) throw error;
        this.#damaged++;
      }
    }
    this.#cache = all.sort(byTime);
    return this.#cache;
  }

  #open(row: CheckinRow): Checkin {
    const address = { table: TABLE, rowId: row.id, column: 'value', rowVersion: row.version };
    const parsed = CheckinSchema.safeParse(this.#cipher.openJson(address, row.value));
    if (!parsed.success || parsed.data.id !== row.id) throw new DamagedRecordError(address);
    return parsed.data;
  }
}

function seal(cipher: RecordCipher, checkin: Checkin, version: number): Uint8Array {
  return cipher.sealJson({ table: TABLE, rowId: checkin.id, column: 'value', rowVersion: version }, checkin);
}

function byTime(a: Checkin, b: Checkin): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : 0;
}
