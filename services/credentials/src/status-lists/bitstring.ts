import { gzipSync } from 'node:zlib';

/**
 * A Bitstring Status List's `encodedList`: the bitstring, index 0 in the first byte's most
 * significant bit, GZIP-compressed, as multibase base64url without padding (`u` prefix).
 */
export function encodeBitstring(setIndexes: Iterable<number>, size: number): string {
  const bits = Buffer.alloc(Math.ceil(size / 8));
  for (const index of setIndexes) {
    if (!Number.isInteger(index) || index < 0 || index >= size)
      throw new RangeError(`index ${index} outside the list`);
    bits[index >> 3]! |= 0x80 >> (index & 7);
  }
  return `u${gzipSync(bits).toString('base64url')}`;
}
