import { beforeAll, describe, expect, it } from 'vitest';
import { initSodium } from '../../../electron/core/crypto/sodium';
import {
  generateIdentity,
  identityFromStoredBytes,
  identityToStoredBytes,
} from '../../../electron/core/couple/identity';
import { pairingCode } from '../../../electron/core/couple/pairingCode';

beforeAll(() => initSodium());

describe('a vault identity', () => {
  it('is a fresh X25519 key pair each time', () => {
    const one = generateIdentity();
    const two = generateIdentity();
    expect(one.publicKey).toHaveLength(32);
    expect(one.secretKey).toHaveLength(32);
    expect(Buffer.from(one.publicKey).equals(Buffer.from(two.publicKey))).toBe(false);
  });

  it('round-trips through the bytes the vault stores encrypted', () => {
    const identity = generateIdentity();
    const restored = identityFromStoredBytes(identityToStoredBytes(identity));
    expect(Buffer.from(restored.publicKey).equals(Buffer.from(identity.publicKey))).toBe(true);
    expect(Buffer.from(restored.secretKey).equals(Buffer.from(identity.secretKey))).toBe(true);
  });

  it('refuses stored bytes that are damaged, of another format, or pair a key with another public key', () => {
    const stored = identityToStoredBytes(generateIdentity());
    const flipped = Uint8Array.from(stored);
    flipped[5]! ^= 1;
    expect(() => identityFromStoredBytes(flipped)).toThrow(/does not match/);
    const otherFormat = Uint8Array.from(stored);
    otherFormat[0] = 2;
    expect(() => identityFromStoredBytes(otherFormat)).toThrow(/not a stored couple identity/);
    expect(() => identityFromStoredBytes(stored.subarray(0, 64))).toThrow(/not a stored couple identity/);
    const swapped = Uint8Array.from(stored);
    swapped.set(generateIdentity().publicKey, 33);
    expect(() => identityFromStoredBytes(swapped)).toThrow(/does not match/);
  });
});

describe('the pairing code', () => {
  const alex = generateIdentity().publicKey;
  const sam = generateIdentity().publicKey;

  it('is twelve groups of five digits', () => {
    expect(pairingCode(alex, sam)).toMatch(/^\d{5}( \d{5}){11}$/);
  });

  it('is the same on both machines, whichever key is "mine"', () => {
    expect(pairingCode(alex, sam)).toBe(pairingCode(sam, alex));
  });

  it('changes completely when either key is substituted, even by a single bit', () => {
    const code = pairingCode(alex, sam);
    const mallory = generateIdentity().publicKey;
    const oneBitOff = Uint8Array.from(sam);
    oneBitOff[31]! ^= 0x01;
    for (const substituted of [
      pairingCode(mallory, sam),
      pairingCode(alex, mallory),
      pairingCode(alex, oneBitOff),
    ]) {
      expect(substituted).not.toBe(code);
      // Not just a different code: no group in common, so comparing any group catches it.
      const groups = code.split(' ');
      const matching = substituted.split(' ').filter((group, i) => group === groups[i]);
      expect(matching.length).toBeLessThanOrEqual(1);
    }
  });

  it('differs between a man-in-the-middle and each partner', () => {
    // Mallory swaps keys in transit: Alex sees (alex, mallory), Sam sees (mallory, sam).
    const mallory = generateIdentity().publicKey;
    expect(pairingCode(alex, mallory)).not.toBe(pairingCode(mallory, sam));
  });

  it('refuses keys of the wrong length', () => {
    expect(() => pairingCode(alex, sam.subarray(0, 31))).toThrow(RangeError);
  });
});
