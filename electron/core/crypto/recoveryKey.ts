/**
 * The recovery key: 32 random bytes plus a 3-byte checksum, written as 56 base32 characters in
 * 14 groups of four. The checksum lets us say "there is a typo" instead of "wrong key".
 */
import { blake2b, KEY_BYTES, randomBytes } from './sodium';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const CHECKSUM_BYTES = 3;

function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function base32Decode(text: string): Uint8Array | null {
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of text) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) return null;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Uint8Array.from(bytes);
}

function checksum(key: Uint8Array): Uint8Array {
  return blake2b(key, 32).subarray(0, CHECKSUM_BYTES);
}

export function generateRecoveryKey(): { key: Uint8Array; text: string } {
  const key = randomBytes(KEY_BYTES);
  const raw = new Uint8Array(KEY_BYTES + CHECKSUM_BYTES);
  raw.set(key, 0);
  raw.set(checksum(key), KEY_BYTES);
  const text = base32Encode(raw)
    .match(/.{1,4}/g)!
    .join('-');
  raw.fill(0);
  return { key, text };
}

export type ParsedRecoveryKey = { ok: true; key: Uint8Array } | { ok: false; reason: 'format' | 'checksum' };

/** Accepts any case, spaces or dashes between groups, and 0 / 1 typed for O / I (not in the alphabet). */
export function parseRecoveryKey(input: string): ParsedRecoveryKey {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, '').replace(/0/g, 'O').replace(/1/g, 'I');
  if (cleaned.length !== 56) return { ok: false, reason: 'format' };
  const raw = base32Decode(cleaned);
  if (!raw || raw.length !== KEY_BYTES + CHECKSUM_BYTES) return { ok: false, reason: 'format' };
  const key = raw.slice(0, KEY_BYTES);
  const expected = checksum(key);
  const matches = expected.every((byte, i) => byte === raw[KEY_BYTES + i]);
  raw.fill(0);
  if (!matches) {
    key.fill(0);
    return { ok: false, reason: 'checksum' };
  }
  return { ok: true, key };
}
