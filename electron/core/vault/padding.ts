/**
 * Length buckets so a record's size does not reveal the entry's length: each bucket is about
 * 19 % larger than the previous one (four per doubling), which keeps the average overhead near
 * 9 % instead of the 40 % of power-of-two buckets. Padding is ISO/IEC 7816-4 (0x80 then zeros).
 */
const MIN_BUCKET = 128;
const GROWTH = 2 ** 0.25;

export function bucketSize(contentLength: number): number {
  let size = MIN_BUCKET;
  while (size < contentLength + 1) size = Math.ceil((size * GROWTH) / 16) * 16;
  return size;
}

export function pad(content: Uint8Array): Uint8Array {
  const out = new Uint8Array(bucketSize(content.length));
  out.set(content, 0);
  out[content.length] = 0x80;
  return out;
}

export function unpad(padded: Uint8Array): Uint8Array {
  let i = padded.length - 1;
  while (i >= 0 && padded[i] === 0) i--;
  if (i < 0 || padded[i] !== 0x80) throw new RangeError('invalid padding');
  return padded.subarray(0, i);
}
