import {
  blake2b,
  constantTimeEqual,
  DecryptionError,
  KEY_BYTES,
  open,
  randomBytes,
  seal,
} from '../crypto/sodium';
import { pad, unpad } from '../vault/padding';

/**
 * One answer, sealed under its own random key. Whoever holds the sealed answer cannot read
 * it; handing over the 32-byte answer key later reveals it. The sealed answer carries a
 * commitment to its key (a BLAKE2b hash) because XChaCha20-Poly1305 alone is not key-committing:
 * without it, a partner could craft one ciphertext that opens to two different answers under
 * two keys and choose which to reveal after seeing the other's. With it, a sealed answer is a
 * binding commitment: it opens to exactly one answer, or not at all.
 *
 * Same machine: the answer key is wrapped under the partner's private-answer key, and
 * revealing publishes it under the couple key (sameMachine.ts). Two machines: the sealed
 * answer travels first and the key only once both have sent theirs (commit, then reveal).
 */
export interface SealedAnswer {
  readonly ciphertext: Uint8Array;
  readonly keyCommitment: Uint8Array;
}

const encoder = new TextEncoder();
const COMMIT_LABEL = encoder.encode('alcove/answer-key-commitment/v1');

export function commitToKey(answerKey: Uint8Array): Uint8Array {
  return blake2b(COMMIT_LABEL, 32, answerKey);
}

/** `context` names where the answer belongs (space, item, partner): a copy elsewhere fails. */
export function sealAnswer(
  plaintext: Uint8Array,
  context: Uint8Array,
): { readonly answerKey: Uint8Array; readonly sealed: SealedAnswer } {
  const answerKey = randomBytes(KEY_BYTES);
  const keyCommitment = commitToKey(answerKey);
  const padded = pad(plaintext);
  const ciphertext = seal(answerKey, padded, withCommitment(context, keyCommitment));
  padded.fill(0);
  return { answerKey, sealed: { ciphertext, keyCommitment } };
}

/** Opens a sealed answer; throws DecryptionError for a key that is not the committed one. */
export function openAnswer(answerKey: Uint8Array, sealed: SealedAnswer, context: Uint8Array): Uint8Array {
  if (answerKey.length !== KEY_BYTES || !constantTimeEqual(commitToKey(answerKey), sealed.keyCommitment)) {
    throw new DecryptionError();
  }
  const padded = open(answerKey, sealed.ciphertext, withCommitment(context, sealed.keyCommitment));
  try {
    return unpad(padded).slice();
  } catch {
    throw new DecryptionError();
  } finally {
    padded.fill(0);
  }
}

function withCommitment(context: Uint8Array, commitment: Uint8Array): Uint8Array {
  const out = new Uint8Array(context.length + commitment.length);
  out.set(context, 0);
  out.set(commitment, context.length);
  return out;
}
