import { open, seal } from '../crypto/sodium';
import { pad, unpad } from './padding';

/** Stored value: format byte ‖ 24-byte nonce ‖ ciphertext+tag. */
export const RECORD_FORMAT_V1 = 1;

/** Where a value lives. Bound as associated data, so a ciphertext moved elsewhere fails to open. */
export interface FieldAddress {
  readonly table: string;
  readonly rowId: string;
  readonly column: string;
  readonly rowVersion: number;
}

export class DamagedRecordError extends Error {
  constructor(readonly address: Omit<FieldAddress, 'rowVersion'>) {
    super(`record ${address.table}/${address.column} failed authentication`);
    this.name = 'DamagedRecordError';
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Encrypts and authenticates every user-authored value with the vault's field key, binding
 * vault id, table, row, column and row version as associated data.
 */
export class RecordCipher {
  readonly #key: Uint8Array;
  readonly #vaultId: string;

  constructor(fieldKey: Uint8Array, vaultId: string) {
    this.#key = fieldKey;
    this.#vaultId = vaultId;
  }

  #associatedData(address: FieldAddress): Uint8Array {
    return encoder.encode(
      `alcove/v${RECORD_FORMAT_V1}|${this.#vaultId}|${address.table}|${address.rowId}|${address.column}|${address.rowVersion}`,
    );
  }

  sealBytes(address: FieldAddress, plaintext: Uint8Array): Uint8Array {
    const padded = pad(plaintext);
    try {
      const box = seal(this.#key, padded, this.#associatedData(address));
      const out = new Uint8Array(1 + box.length);
      out[0] = RECORD_FORMAT_V1;
      out.set(box, 1);
      return out;
    } finally {
      padded.fill(0);
    }
  }

  openBytes(address: FieldAddress, stored: Uint8Array): Uint8Array {
    if (stored.length < 1 || stored[0] !== RECORD_FORMAT_V1) throw new DamagedRecordError(address);
    try {
      return unpad(open(this.#key, stored.subarray(1), this.#associatedData(address)));
    } catch {
      throw new DamagedRecordError(address);
    }
  }

  sealJson(address: FieldAddress, value: unknown): Uint8Array {
    return this.sealBytes(address, encoder.encode(JSON.stringify(value)));
  }

  openJson(address: FieldAddress, stored: Uint8Array): unknown {
    const bytes = this.openBytes(address, stored);
    try {
      return JSON.parse(decoder.decode(bytes)) as unknown;
    } catch {
      throw new DamagedRecordError(address);
    } finally {
      bytes.fill(0);
    }
  }
}
