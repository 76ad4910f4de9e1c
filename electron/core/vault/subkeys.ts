import { deriveSubkey } from '../crypto/sodium';

/**
 * Purpose-specific subkeys of the data key (BLAKE2b KDF, context "alcovefk"). Never reuse a
 * number for another purpose: a backup made today must still open with the key it names.
 */
export const SUBKEY = { fields: 1, integrity: 2, snapshots: 3, backup: 4 } as const;
const SUBKEY_CONTEXT = 'alcovefk';

export function deriveVaultSubkey(dataKey: Uint8Array, purpose: keyof typeof SUBKEY): Uint8Array {
  return deriveSubkey(dataKey, SUBKEY[purpose], SUBKEY_CONTEXT);
}
