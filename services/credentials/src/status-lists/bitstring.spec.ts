import { gunzipSync } from 'node:zlib';
import { encodeBitstring } from './bitstring';

const decode = (encoded: string) => gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));

describe(encodeBitstring.name, () => {
  it('sets index 0 in the first byte’s most significant bit, as the spec and verifiers read it', () => {
    const bits = decode(encodeBitstring([0, 9, 131_071], 131_072));
    expect(bits).toHaveLength(16_384);
    expect(bits[0]).toBe(0b1000_0000);
    expect(bits[1]).toBe(0b0100_0000);
    expect(bits[16_383]).toBe(0b0000_0001);
    expect(bits.subarray(2, 16_383).every((byte) => byte === 0)).toBe(true);
  });

  it('is multibase base64url (u prefix, no padding)', () => {
    expect(encodeBitstring([], 131_072)).toMatch(/^u[A-Za-z0-9_-]+$/);
  });

  it('refuses an index outside the list', () => {
    expect(() => encodeBitstring([131_072], 131_072)).toThrow(RangeError);
    expect(() => encodeBitstring([-1], 131_072)).toThrow(RangeError);
  });
});
