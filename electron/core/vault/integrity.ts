import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IntegrityVerdict } from '../../../shared/domain/vault';
import type { Db } from '../db/openDatabase';
import { statementCache } from '../db/statementCache';
import { AEAD_TAG_BYTES } from '../crypto/sodium';

/**
 * A vault-wide integrity check that per-record AEAD cannot give: it catches rows deleted,
 * inserted, or rolled back to an older version (each of which still decrypts on its own).
 *
 * Each row contributes d = HMAC(key, table|id|version|authTags), where authTags are the AEAD
 * tags of its encrypted columns (kept in an `auth_tags` column, so checking never reads the
 * large blobs). The aggregate is the XOR of every d, updated in O(1) inside each write's own
 * transaction, with a write counter; (counter, aggregate) are stored with an HMAC tag. The d
 * values are never stored: without the key nobody can compute the aggregate of a modified
 * row set, and replacing the stored aggregate requires forging its tag.
 *
 * Limit (SECURITY.md): rolling the WHOLE file back to an older consistent copy is not
 * detectable offline.
 */
export const PROTECTED_TABLES = [
  'entries',
  'settings',
  'attachments',
  'checkins',
  'selfchecks',
  'exercises',
  'tags',
  'couple',
] as const;
export type ProtectedTable = (typeof PROTECTED_TABLES)[number];

export interface RowSeal {
  readonly table: ProtectedTable;
  readonly id: string;
  readonly version: number;
  readonly authTags: Uint8Array;
}

const DIGEST_BYTES = 32;
const STATE_BYTES = 8 + DIGEST_BYTES + DIGEST_BYTES;
const META_KEY = 'integrity';

/** The AEAD tags (last 16 bytes) of each sealed column, concatenated in column order. */
export function authTagsOf(...sealed: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(sealed.length * AEAD_TAG_BYTES);
  sealed.forEach((blob, i) => out.set(blob.subarray(blob.length - AEAD_TAG_BYTES), i * AEAD_TAG_BYTES));
  return out;
}

export class IntegrityLedger {
  readonly #key: Uint8Array;
  readonly #vaultId: string;
  readonly #sql: ReturnType<typeof statementCache>;

  constructor(db: Db, key: Uint8Array, vaultId: string) {
    this.#sql = statementCache(db);
    this.#key = key;
    this.#vaultId = vaultId;
  }

  /** At vault creation: zero rows, counter 0. */
  initialise(): void {
    this.#sql('INSERT INTO vault_meta (key, value) VALUES (?, ?)').run(
      META_KEY,
      this.#encode(0n, new Uint8Array(DIGEST_BYTES)),
    );
  }

  /** Records one row write (insert: before null; delete: after null). Call inside the write's transaction. */
  record(before: RowSeal | null, after: RowSeal | null): void {
    const state = this.#readState();
    if (!state) return; // already reported as a mismatch at unlock; nothing sound to update
    const aggregate = Buffer.from(state.aggregate);
    if (before) xorInto(aggregate, this.#rowDigest(before));
    if (after) xorInto(aggregate, this.#rowDigest(after));
    this.#sql('UPDATE vault_meta SET value = ? WHERE key = ?').run(
      this.#encode(state.counter + 1n, aggregate),
      META_KEY,
    );
  }

  /** The write counter (it advances with every write), or null when the ledger is missing or forged. */
  counter(): bigint | null {
    return this.#readState()?.counter ?? null;
  }

  /** Recomputes the aggregate from every protected row and compares it with the stored, tagged one. */
  verify(): IntegrityVerdict {
    const state = this.#readState();
    if (!state) return 'mismatch';
    return timingSafeEqual(this.#aggregateOfRows(), state.aggregate) ? 'verified' : 'mismatch';
  }

  /** Rewrites the ledger from the rows as they are, under this ledger's key (after a key rotation). */
  rebuild(): void {
    this.#sql('INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?, ?)').run(
      META_KEY,
      this.#encode(0n, this.#aggregateOfRows()),
    );
  }

  #aggregateOfRows(): Buffer {
    const aggregate = Buffer.alloc(DIGEST_BYTES);
    for (const table of PROTECTED_TABLES) {
      const rows = this.#sql(`SELECT id, version, auth_tags FROM ${table}`).raw().iterate() as Iterable<
        [string, number, Uint8Array]
      >;
      for (const [id, version, authTags] of rows)
        xorInto(aggregate, this.#rowDigest({ table, id, version, authTags }));
    }
    return aggregate;
  }

  #rowDigest(row: RowSeal): Buffer {
    return createHmac('sha256', this.#key)
      .update(`alcove/row/v1|${this.#vaultId}|${row.table}|${row.id}|${row.version}|`)
      .update(row.authTags)
      .digest();
  }

  #stateTag(counterAndAggregate: Uint8Array): Buffer {
    return createHmac('sha256', this.#key)
      .update(`alcove/integrity/v1|${this.#vaultId}|`)
      .update(counterAndAggregate)
      .digest();
  }

  #encode(counter: bigint, aggregate: Uint8Array): Buffer {
    const body = Buffer.alloc(8 + DIGEST_BYTES);
    body.writeBigUInt64BE(counter, 0);
    body.set(aggregate, 8);
    return Buffer.concat([body, this.#stateTag(body)]);
  }

  /** The stored state, or null when it is missing or its tag does not verify. */
  #readState(): { counter: bigint; aggregate: Buffer } | null {
    const row = this.#sql('SELECT value FROM vault_meta WHERE key = ?').get(META_KEY) as
      { value: Uint8Array } | undefined;
    if (!row || row.value.length !== STATE_BYTES) return null;
    const value = Buffer.from(row.value);
    const body = value.subarray(0, 8 + DIGEST_BYTES);
    if (!timingSafeEqual(this.#stateTag(body), value.subarray(8 + DIGEST_BYTES))) return null;
    return { counter: body.readBigUInt64BE(0), aggregate: Buffer.from(body.subarray(8)) };
  }
}

function xorInto(target: Buffer, digest: Buffer): void {
  for (let i = 0; i < target.length; i++) target[i]! ^= digest[i]!;
}
