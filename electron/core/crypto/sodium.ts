/**
 * The only file that imports libsodium (lint-enforced). Everything else gets a small,
 * typed surface. We use the sumo build: the standard one has no crypto_pwhash (Argon2id).
 *
 * Nonces and other randomness come from Node's CSPRNG (randomFillSync ≈ 2.5 µs) rather than
 * randombytes_buf (≈ 71 µs per call through the WASM wrapper) — both are CSPRNGs.
 */
import sodium from 'libsodium-wrappers-sumo';
import { randomFillSync } from 'node:crypto';
import { STREAM_ABYTES, STREAM_CHUNK_BYTES, STREAM_HEADER_BYTES } from './streamFormat';

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

/** The writing end of a crypto_secretstream_xchacha20poly1305 stream. */
export interface StreamPush {
  readonly header: Uint8Array;
  /** Encrypts one chunk; `final` marks the last one, which a reader requires. */
  push(chunk: Uint8Array, associatedData: Uint8Array, final: boolean): Uint8Array;
}

/** The reading end: `pull` throws DecryptionError on tampering, reordering or a wrong key. */
export interface StreamPull {
  pull(sealed: Uint8Array, associatedData: Uint8Array): { message: Uint8Array; final: boolean };
}

export function streamPush(key: Uint8Array): StreamPush {
  const { state, header } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
  return {
    header,
    push: (chunk, associatedData, final) =>
      sodium.crypto_secretstream_xchacha20poly1305_push(
        state,
        chunk,
        associatedData,
        final
          ? sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
          : sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
      ),
  };
}

export function streamPull(key: Uint8Array, header: Uint8Array): StreamPull {
  if (header.length !== STREAM_HEADER_BYTES) throw new DecryptionError();
  let state: ReturnType<typeof sodium.crypto_secretstream_xchacha20poly1305_init_pull>;
  try {
    state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(header, key);
  } catch {
    throw new DecryptionError();
  }
  return {
    pull(sealed, associatedData) {
      let result: { message: Uint8Array; tag: number } | false;
      try {
        result = sodium.crypto_secretstream_xchacha20poly1305_pull(state, sealed, associatedData);
      } catch {
        throw new DecryptionError();
      }
      if (!result) throw new DecryptionError();
      return {
        message: result.message,
        final: result.tag === sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL,
      };
    },
  };
}

/**
 * Encrypts a large buffer (an index snapshot) as a secretstream in 1 MiB chunks:
 * header ‖ chunk₁ ‖ … ‖ chunkₙ, the last chunk tagged FINAL so a truncated blob is refused.
 * `associatedData` is bound to every chunk.
 */
export function sealStream(key: Uint8Array, data: Uint8Array, associatedData: Uint8Array): Uint8Array {
  const stream = streamPush(key);
  const chunks = Math.max(1, Math.ceil(data.length / STREAM_CHUNK_BYTES));
  const out = new Uint8Array(STREAM_HEADER_BYTES + data.length + chunks * STREAM_ABYTES);
  out.set(stream.header, 0);
  let offset = STREAM_HEADER_BYTES;
  for (let i = 0; i < chunks; i++) {
    const chunk = data.subarray(i * STREAM_CHUNK_BYTES, (i + 1) * STREAM_CHUNK_BYTES);
    const sealed = stream.push(chunk, associatedData, i === chunks - 1);
    out.set(sealed, offset);
    offset += sealed.length;
  }
  return out;
}

/** Reverses sealStream; throws DecryptionError on any tampering, reordering or truncation. */
export function openStream(key: Uint8Array, sealed: Uint8Array, associatedData: Uint8Array): Uint8Array {
  if (sealed.length < STREAM_HEADER_BYTES + STREAM_ABYTES) throw new DecryptionError();
  const stream = streamPull(key, sealed.subarray(0, STREAM_HEADER_BYTES));
  const chunks = Math.ceil((sealed.length - STREAM_HEADER_BYTES) / (STREAM_CHUNK_BYTES + STREAM_ABYTES));
  const out = new Uint8Array(sealed.length - STREAM_HEADER_BYTES - chunks * STREAM_ABYTES);
  let read = STREAM_HEADER_BYTES;
  let written = 0;
  for (let i = 0; i < chunks; i++) {
    const piece = sealed.subarray(read, read + STREAM_CHUNK_BYTES + STREAM_ABYTES);
    const { message, final } = stream.pull(piece, associatedData);
    if (final !== (i === chunks - 1)) throw new DecryptionError();
    out.set(message, written);
    written += message.length;
    read += piece.length;
  }
  return out;
}

// ── Public-key primitives for the couple space (electron/core/couple) ──────────────────────

export const X25519_KEY_BYTES = 32;
export const RISTRETTO_POINT_BYTES = 32;

export interface X25519KeyPair {
  readonly publicKey: Uint8Array;
  readonly secretKey: Uint8Array;
}

export function x25519KeyPair(): X25519KeyPair {
  const { publicKey, privateKey } = sodium.crypto_kx_keypair();
  return { publicKey, secretKey: privateKey };
}

/** The public half of an X25519 secret (any 32 bytes are a valid secret: X25519 clamps them). */
export function x25519PublicKey(secretKey: Uint8Array): Uint8Array {
  if (secretKey.length !== X25519_KEY_BYTES) throw new RangeError('X25519 secret keys are 32 bytes');
  return sodium.crypto_scalarmult_base(secretKey);
}

/**
 * crypto_kx session keys between two static key pairs: one key per direction, so a file
 * cannot be reflected back to its sender. crypto_kx needs a client and a server; the side
 * with the smaller public key plays the client, so both sides agree without talking.
 * Throws RangeError for a peer key that is ours or of low order.
 */
export function pairSessionKeys(
  mine: X25519KeyPair,
  peerPublicKey: Uint8Array,
): { readonly send: Uint8Array; readonly receive: Uint8Array } {
  if (peerPublicKey.length !== X25519_KEY_BYTES) throw new RangeError('X25519 public keys are 32 bytes');
  const order = sodium.compare(mine.publicKey, peerPublicKey);
  if (order === 0) throw new RangeError('a vault cannot pair with itself');
  try {
    const keys =
      order < 0
        ? sodium.crypto_kx_client_session_keys(mine.publicKey, mine.secretKey, peerPublicKey)
        : sodium.crypto_kx_server_session_keys(mine.publicKey, mine.secretKey, peerPublicKey);
    return { send: keys.sharedTx, receive: keys.sharedRx };
  } catch {
    throw new RangeError('unusable peer public key');
  }
}

/** crypto_box_seal: anonymous encryption to a public key (ephemeral X25519 + XSalsa20-Poly1305). */
export function sealToPublicKey(recipientPublicKey: Uint8Array, plaintext: Uint8Array): Uint8Array {
  return sodium.crypto_box_seal(plaintext, recipientPublicKey);
}

/** Opens crypto_box_seal; throws DecryptionError on tampering or the wrong key pair. */
export function openSealedToPublicKey(keyPair: X25519KeyPair, box: Uint8Array): Uint8Array {
  try {
    return sodium.crypto_box_seal_open(box, keyPair.publicKey, keyPair.secretKey);
  } catch {
    throw new DecryptionError();
  }
}

/** A ristretto255 point from 64 uniformly random bytes (a hash): the "hash to group" of DH blinding. */
export function ristrettoFromHash(hash: Uint8Array): Uint8Array {
  if (hash.length !== 64) throw new RangeError('ristretto255 hash-to-group takes 64 bytes');
  return sodium.crypto_core_ristretto255_from_hash(hash);
}

export function ristrettoRandomScalar(): Uint8Array {
  return sodium.crypto_core_ristretto255_scalar_random();
}

/** A uniformly random point: indistinguishable from a blinded one (padding for set sizes). */
export function ristrettoRandomPoint(): Uint8Array {
  return sodium.crypto_core_ristretto255_random();
}

/** scalar · point. Throws RangeError for a point that is not a canonical, non-identity encoding. */
export function ristrettoMultiply(scalar: Uint8Array, point: Uint8Array): Uint8Array {
  if (point.length !== RISTRETTO_POINT_BYTES || !sodium.crypto_core_ristretto255_is_valid_point(point)) {
    throw new RangeError('not a ristretto255 point');
  }
  try {
    return sodium.crypto_scalarmult_ristretto255(scalar, point);
  } catch {
    throw new RangeError('blinding gave the identity element');
  }
}
