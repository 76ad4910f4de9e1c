/**
 * The only file that imports libsodium (lint-enforced). Everything else gets a small,
 * typed surface. We use the sumo build: the standard one has no crypto_pwhash (Argon2id).
 *
 * Nonces and other randomness come from Node's CSPRNG (randomFillSync ≈ 2.5 µs) rather than
 * randombytes_buf (≈ 71 µs per call through the WASM wrapper) — both are CSPRNGs.
 */
import sodium from 'libsodium-wrappers-sumo';
import { randomFillSync } from 'node:crypto';

export const KEY_BYTES = 32;
export const AEAD_NONCE_BYTES = 24;
export const AEAD_TAG_BYTES = 16;
export const SALT_BYTES = 16;

/** Argon2id cost parameters, as stored in a keyslot. memlimit in bytes. */
export interface Argon2Params {
  readonly opslimit: number;
  readonly memlimit: number;
}

/** Never derive a key below this (SECURITY.md); refuse stored parameters outside sane bounds. */
export const ARGON2_FLOOR: Argon2Params = { opslimit: 2, memlimit: 64 * 1024 * 1024 };
export const ARGON2_CEILING: Argon2Params = { opslimit: 20, memlimit: 1024 * 1024 * 1024 };

export class DecryptionError extends Error {
  constructor() {
    super('ciphertext failed authentication');
    this.name = 'DecryptionError';
  }
}

let ready: Promise<void> | undefined;

/** libsodium initialises its WASM module asynchronously, once per thread. */
export function initSodium(): Promise<void> {
  ready ??= sodium.ready;
  return ready;
}

export function randomBytes(length: number): Uint8Array {
  return randomFillSync(new Uint8Array(length));
}

export function argon2idParamsAreSane(params: Argon2Params): boolean {
  return (
    Number.isSafeInteger(params.opslimit) &&
    Number.isSafeInteger(params.memlimit) &&
    params.opslimit >= ARGON2_FLOOR.opslimit &&
    params.opslimit <= ARGON2_CEILING.opslimit &&
    params.memlimit >= ARGON2_FLOOR.memlimit &&
    params.memlimit <= ARGON2_CEILING.memlimit &&
    params.memlimit % 1024 === 0
  );
}

/** Argon2id over the NFC-normalised passphrase. Throws on parameters outside the sane bounds. */
export function argon2id(passphrase: string, salt: Uint8Array, params: Argon2Params): Uint8Array {
  if (!argon2idParamsAreSane(params)) throw new RangeError('Argon2id parameters outside the accepted bounds');
  if (salt.length !== SALT_BYTES) throw new RangeError('salt must be 16 bytes');
  const input = new TextEncoder().encode(passphrase.normalize('NFC'));
  try {
    return sodium.crypto_pwhash(
      KEY_BYTES,
      input,
      salt,
      params.opslimit,
      params.memlimit,
      sodium.crypto_pwhash_ALG_ARGON2ID13,
    );
  } finally {
    input.fill(0);
  }
}

/** XChaCha20-Poly1305 with a fresh random nonce; returns nonce ‖ ciphertext ‖ tag. */
export function seal(key: Uint8Array, plaintext: Uint8Array, associatedData: Uint8Array): Uint8Array {
  const nonce = randomBytes(AEAD_NONCE_BYTES);
  const sealed = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
    plaintext,
    associatedData,
    null,
    nonce,
    key,
  );
  const out = new Uint8Array(AEAD_NONCE_BYTES + sealed.length);
  out.set(nonce, 0);
  out.set(sealed, AEAD_NONCE_BYTES);
  return out;
}

/** Opens nonce ‖ ciphertext ‖ tag; throws DecryptionError on any tampering, wrong key or wrong AD. */
export function open(key: Uint8Array, box: Uint8Array, associatedData: Uint8Array): Uint8Array {
  if (box.length < AEAD_NONCE_BYTES + AEAD_TAG_BYTES) throw new DecryptionError();
  try {
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      box.subarray(AEAD_NONCE_BYTES),
      associatedData,
      box.subarray(0, AEAD_NONCE_BYTES),
      key,
    );
  } catch {
    throw new DecryptionError();
  }
}

/** A purpose-specific subkey (BLAKE2b KDF); `context` is exactly 8 ASCII characters. */
export function deriveSubkey(rootKey: Uint8Array, subkeyId: number, context: string): Uint8Array {
  if (context.length !== 8) throw new RangeError('KDF context must be 8 characters');
  return sodium.crypto_kdf_derive_from_key(KEY_BYTES, subkeyId, context, rootKey);
}

/** BLAKE2b, keyed when a key is given (a MAC). */
export function blake2b(data: Uint8Array, outputBytes = 32, key?: Uint8Array): Uint8Array {
  return sodium.crypto_generichash(outputBytes, data, key ?? null);
}

/** Wipes the JS copy. libsodium keeps other copies in WASM memory: that is why the vault lives in a worker. */
export function wipe(bytes: Uint8Array | undefined | null): void {
  if (bytes) sodium.memzero(bytes);
}

export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && sodium.memcmp(a, b);
}

/** Plaintext bytes per secretstream chunk: large enough to amortise the WASM call, small enough to stay cheap in memory. */
const STREAM_CHUNK_BYTES = 1024 * 1024;

/**
 * Encrypts a large buffer (an index snapshot) with crypto_secretstream_xchacha20poly1305 in
 * 1 MiB chunks: header ‖ chunk₁ ‖ … ‖ chunkₙ, the last chunk tagged FINAL so a truncated blob
 * is refused. `associatedData` is bound to every chunk.
 */
export function sealStream(key: Uint8Array, data: Uint8Array, associatedData: Uint8Array): Uint8Array {
  const { state, header } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
  const chunks = Math.max(1, Math.ceil(data.length / STREAM_CHUNK_BYTES));
  const abytes = sodium.crypto_secretstream_xchacha20poly1305_ABYTES;
  const out = new Uint8Array(header.length + data.length + chunks * abytes);
  out.set(header, 0);
  let offset = header.length;
  for (let i = 0; i < chunks; i++) {
    const chunk = data.subarray(i * STREAM_CHUNK_BYTES, (i + 1) * STREAM_CHUNK_BYTES);
    const tag =
      i === chunks - 1
        ? sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
        : sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
    const sealed = sodium.crypto_secretstream_xchacha20poly1305_push(state, chunk, associatedData, tag);
    out.set(sealed, offset);
    offset += sealed.length;
  }
  return out;
}

/** Reverses sealStream; throws DecryptionError on any tampering, reordering or truncation. */
export function openStream(key: Uint8Array, sealed: Uint8Array, associatedData: Uint8Array): Uint8Array {
  const headerBytes = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES;
  const abytes = sodium.crypto_secretstream_xchacha20poly1305_ABYTES;
  if (sealed.length < headerBytes + abytes) throw new DecryptionError();
  let state;
  try {
    state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(sealed.subarray(0, headerBytes), key);
  } catch {
    throw new DecryptionError();
  }
  const chunks = Math.ceil((sealed.length - headerBytes) / (STREAM_CHUNK_BYTES + abytes));
  const out = new Uint8Array(sealed.length - headerBytes - chunks * abytes);
  let read = headerBytes;
  let written = 0;
  for (let i = 0; i < chunks; i++) {
    const piece = sealed.subarray(read, read + STREAM_CHUNK_BYTES + abytes);
    let result: { message: Uint8Array; tag: number } | false;
    try {
      result = sodium.crypto_secretstream_xchacha20poly1305_pull(state, piece, associatedData);
    } catch {
      throw new DecryptionError();
    }
    const last = i === chunks - 1;
    const final = result && result.tag === sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    if (!result || final !== last) throw new DecryptionError();
    out.set(result.message, written);
    written += result.message.length;
    read += piece.length;
  }
  return out;
}
