import { constantTimeEqual, wipe, x25519KeyPair, x25519PublicKey, X25519_KEY_BYTES } from '../crypto/sodium';

/**
 * A vault's identity towards a partner on another machine: one X25519 key pair, used with
 * crypto_kx (electron/core/couple/exchangeFile.ts). No signing pair: with two parties, an
 * authenticated key exchange already proves a file came from the one other holder of the
 * session key, and one key pair is one less secret to store, back up and explain.
 *
 * The secret key is only ever stored encrypted: the vault seals `identityToStoredBytes` with
 * its record cipher and hands the opened bytes back to `identityFromStoredBytes`.
 */
export interface CoupleIdentity {
  readonly publicKey: Uint8Array;
  readonly secretKey: Uint8Array;
}

/** Format byte of the stored form, so a later key type can be told apart. */
const STORED_V1 = 1;
const STORED_BYTES = 1 + X25519_KEY_BYTES + X25519_KEY_BYTES;

export function generateIdentity(): CoupleIdentity {
  return x25519KeyPair();
}

/** version ‖ secret key ‖ public key: plaintext for the vault to encrypt, never to write as is. */
export function identityToStoredBytes(identity: CoupleIdentity): Uint8Array {
  const out = new Uint8Array(STORED_BYTES);
  out[0] = STORED_V1;
  out.set(identity.secretKey, 1);
  out.set(identity.publicKey, 1 + X25519_KEY_BYTES);
  return out;
}

/**
 * Restores an identity, refusing bytes whose public key does not belong to the secret key:
 * a damaged record must not silently become a different identity.
 */
export function identityFromStoredBytes(bytes: Uint8Array): CoupleIdentity {
  if (bytes.length !== STORED_BYTES || bytes[0] !== STORED_V1) {
    throw new RangeError('not a stored couple identity');
  }
  const secretKey = bytes.slice(1, 1 + X25519_KEY_BYTES);
  const publicKey = bytes.slice(1 + X25519_KEY_BYTES);
  if (!constantTimeEqual(x25519PublicKey(secretKey), publicKey)) {
    wipe(secretKey);
    throw new RangeError('the stored public key does not match the secret key');
  }
  return { publicKey, secretKey };
}

export function wipeIdentity(identity: CoupleIdentity): void {
  wipe(identity.secretKey);
}
