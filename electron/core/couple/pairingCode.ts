import { blake2b, X25519_KEY_BYTES } from '../crypto/sodium';

/**
 * The code two partners compare in person before their vaults trust each other's keys
 * (safety-number style): 12 groups of 5 digits from a hash of both public keys, sorted so
 * both sides compute the same code. 60 decimal digits ≈ 199 bits: nobody can search for a
 * substitute key that gives the same code. People tend to compare only a few groups, so the
 * UI asks to compare all twelve, and the whole code depends on every bit of both keys.
 */
const GROUPS = 12;
const BYTES_PER_GROUP = 5;
const encoder = new TextEncoder();

export function pairingCode(publicKeyA: Uint8Array, publicKeyB: Uint8Array): string {
  if (publicKeyA.length !== X25519_KEY_BYTES || publicKeyB.length !== X25519_KEY_BYTES) {
    throw new RangeError('pairing needs two 32-byte public keys');
  }
  const [first, second] =
    compareBytes(publicKeyA, publicKeyB) <= 0 ? [publicKeyA, publicKeyB] : [publicKeyB, publicKeyA];
  const label = encoder.encode('alcove/pairing-code/v1');
  const input = new Uint8Array(label.length + 2 * X25519_KEY_BYTES);
  input.set(label, 0);
  input.set(first, label.length);
  input.set(second, label.length + X25519_KEY_BYTES);
  const digest = blake2b(input, GROUPS * BYTES_PER_GROUP);
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let value = 0;
    // 40 bits per group, reduced mod 10⁵: the bias (< 10⁻⁷) is irrelevant to a human comparison.
    for (let i = 0; i < BYTES_PER_GROUP; i++) value = value * 256 + digest[g * BYTES_PER_GROUP + i]!;
    groups.push(String(value % 100_000).padStart(5, '0'));
  }
  return groups.join(' ');
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i]! - b[i]!;
  }
  return 0;
}
