import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Db } from '../db/openDatabase';
import { DecryptionError, openStream, sealStream } from '../crypto/sodium';

/** 'head': the newest summaries alone, so the first screen after unlock needs nothing else. */
export type SnapshotKind = 'timeline' | 'search' | 'head';

/** First byte of a snapshot's plaintext: how the rest is packed. */
const FORMAT_DEFLATE = 1;

/**
 * Encrypted snapshots of the derived, in-memory indexes (timeline, full-text search), so an
 * unlock does not have to decrypt and re-index a lifetime of entries. They are derived data:
 * not in the integrity ledger, because any snapshot — stale, rolled back, damaged or missing —
 * is reconciled against the rows' versions at unlock, and an unreadable one is simply rebuilt.
 */
export class SnapshotStore {
  readonly #db: Db;
  readonly #key: Uint8Array;
  readonly #vaultId: string;

  constructor(db: Db, key: Uint8Array, vaultId: string) {
    this.#db = db;
    this.#key = key;
    this.#vaultId = vaultId;
  }

  #associatedData(kind: SnapshotKind): Uint8Array {
    return new TextEncoder().encode(`alcove/snapshot/v1|${this.#vaultId}|${kind}`);
  }

  save(kind: SnapshotKind, bytes: Uint8Array): void {
    // Compressed before encryption (level 1: fast): the indexes are text-heavy and shrink 2-3x,
    // which keeps the vault near plaintext SQLite's size and costs less to decrypt than it saves.
    const packed = Buffer.concat([Buffer.of(FORMAT_DEFLATE), deflateRawSync(bytes, { level: 1 })]);
    const sealed = sealStream(this.#key, packed, this.#associatedData(kind));
    this.#db.prepare('INSERT OR REPLACE INTO snapshots (id, data) VALUES (?, ?)').run(kind, sealed);
  }

  /** The decrypted snapshot, or null when there is none or it does not authenticate. */
  load(kind: SnapshotKind): Uint8Array | null {
    const row = this.#db.prepare('SELECT data FROM snapshots WHERE id = ?').get(kind) as
      { data: Uint8Array } | undefined;
    if (!row) return null;
    let packed: Uint8Array;
    try {
      packed = openStream(this.#key, row.data, this.#associatedData(kind));
    } catch (error) {
      if (error instanceof DecryptionError) return null;
      throw error;
    }
    if (packed[0] !== FORMAT_DEFLATE) return null;
    try {
      return inflateRawSync(packed.subarray(1));
    } catch {
      return null; // authenticated but unreadable: rebuilt, like a missing one
    }
  }

  clear(): void {
    this.#db.prepare('DELETE FROM snapshots').run();
  }
}
