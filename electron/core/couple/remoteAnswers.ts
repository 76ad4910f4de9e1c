import { KEY_BYTES } from '../crypto/sodium';
import { openAnswer, sealAnswer, type SealedAnswer } from './answerSeal';

/**
 * Exercise answers between two machines: commit, then reveal (docs/couple-crypto.md).
 *
 *   1. each sends a `sealedAnswer` payload: the answer under its own key, with the key's commitment;
 *   2. once a vault holds the partner's sealed answer and its user confirms, it sends an
 *      `answerKey` payload.
 *
 * A sealed answer opens only with the key it committed to, so nobody can change their answer
 * after seeing the other's. Payloads travel inside exchange files (exchangeFile.ts), which
 * already say who sent them; the author's public key is also bound here, so a sealed answer
 * forwarded by someone else does not open as theirs.
 */
const encoder = new TextEncoder();
const MAX_ITEM_ID = 100;

function context(authorPublicKey: Uint8Array, itemId: string): Uint8Array {
  return encoder.encode(`alcove/couple-remote/v1|${Buffer.from(authorPublicKey).toString('hex')}|${itemId}`);
}

export function sealRemoteAnswer(
  authorPublicKey: Uint8Array,
  itemId: string,
  plaintext: Uint8Array,
): { readonly answerKey: Uint8Array; readonly payload: Uint8Array } {
  const { answerKey, sealed } = sealAnswer(plaintext, context(authorPublicKey, itemId));
  return { answerKey, payload: concat(itemBytes(itemId), sealed.keyCommitment, sealed.ciphertext) };
}

export function answerKeyPayload(itemId: string, answerKey: Uint8Array): Uint8Array {
  if (answerKey.length !== KEY_BYTES) throw new RangeError('answer keys are 32 bytes');
  return concat(itemBytes(itemId), answerKey);
}

export interface RemoteSealedAnswer {
  readonly itemId: string;
  readonly sealed: SealedAnswer;
}

/** Returns null for a payload that is not a sealed answer. */
export function readRemoteSealedAnswer(payload: Uint8Array): RemoteSealedAnswer | null {
  const parsed = readItem(payload);
  if (!parsed || parsed.rest.length < 32 + 24 + 16) return null;
  return {
    itemId: parsed.itemId,
    sealed: { keyCommitment: parsed.rest.slice(0, 32), ciphertext: parsed.rest.slice(32) },
  };
}

/** Returns null for a payload that is not an answer key. */
export function readAnswerKey(payload: Uint8Array): { itemId: string; answerKey: Uint8Array } | null {
  const parsed = readItem(payload);
  if (!parsed || parsed.rest.length !== KEY_BYTES) return null;
  return { itemId: parsed.itemId, answerKey: parsed.rest.slice() };
}

/** The partner's answer, once their key has arrived. Throws DecryptionError for any mismatch. */
export function openRemoteAnswer(
  authorPublicKey: Uint8Array,
  answer: RemoteSealedAnswer,
  answerKey: Uint8Array,
): Uint8Array {
  return openAnswer(answerKey, answer.sealed, context(authorPublicKey, answer.itemId));
}

function itemBytes(itemId: string): Uint8Array {
  const bytes = encoder.encode(itemId);
  if (bytes.length === 0 || bytes.length > MAX_ITEM_ID) throw new RangeError('item ids are 1–100 bytes');
  return concat(Uint8Array.of(bytes.length), bytes);
}

function readItem(payload: Uint8Array): { itemId: string; rest: Uint8Array } | null {
  const length = payload[0] ?? 0;
  if (length === 0 || length > MAX_ITEM_ID || payload.length < 1 + length) return null;
  try {
    const itemId = new TextDecoder('utf-8', { fatal: true }).decode(payload.subarray(1, 1 + length));
    return { itemId, rest: payload.subarray(1 + length) };
  } catch {
    return null;
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
