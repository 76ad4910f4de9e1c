import { beforeAll, describe, expect, it } from 'vitest';
import {
  DecryptionError,
  initSodium,
  openStream,
  randomBytes,
  sealStream,
} from '../../electron/core/crypto/sodium';

const AD = new TextEncoder().encode('alcove/snapshot/v1|test|search');
const MiB = 1024 * 1024;
beforeAll(() => initSodium());

describe('the snapshot stream cipher (secretstream, 1 MiB chunks)', () => {
  const key = randomBytes(32);

  it.each([0, 1, MiB - 1, MiB, MiB + 1, 3 * MiB + 12345])('round-trips %i bytes', (size) => {
    const data = randomBytes(size);
    expect(Buffer.from(openStream(key, sealStream(key, data, AD), AD)).equals(Buffer.from(data))).toBe(true);
  });

  it('refuses a truncated stream, even cut exactly at a chunk boundary', () => {
    const sealed = sealStream(key, randomBytes(3 * MiB), AD);
    const oneChunk = 24 + MiB + 17;
    expect(() => openStream(key, sealed.subarray(0, 24 + 2 * (MiB + 17)), AD)).toThrow(DecryptionError);
    expect(() => openStream(key, sealed.subarray(0, oneChunk), AD)).toThrow(DecryptionError);
    expect(() => openStream(key, sealed.subarray(0, sealed.length - 1), AD)).toThrow(DecryptionError);
  });

  it('refuses a flipped bit, swapped chunks, another key or another label', () => {
    const sealed = sealStream(key, randomBytes(2 * MiB + 10), AD);
    const flipped = Uint8Array.from(sealed);
    flipped[MiB]! ^= 1;
    expect(() => openStream(key, flipped, AD)).toThrow(DecryptionError);
    const c = 24;
    const size = MiB + 17;
    const swapped = Uint8Array.from(sealed);
    swapped.set(sealed.subarray(c + size, c + 2 * size), c);
    swapped.set(sealed.subarray(c, c + size), c + size);
    expect(() => openStream(key, swapped, AD)).toThrow(DecryptionError);
    expect(() => openStream(randomBytes(32), sealed, AD)).toThrow(DecryptionError);
    expect(() =>
      openStream(key, sealed, new TextEncoder().encode('alcove/snapshot/v1|test|timeline')),
    ).toThrow(DecryptionError);
  });
});
