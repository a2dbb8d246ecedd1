import { createPublicKey, verify } from 'node:crypto';
import { LocalKms } from './local-kms';

const KEK = Buffer.alloc(32, 7).toString('base64');

describe(LocalKms.name, () => {
  it('signs with a key whose reference holds it only encrypted', async () => {
    const sut = new LocalKms(KEK);
    const { keyRef, publicJwk } = await sut.createKey();
    expect(keyRef).toMatch(/^local-aes256gcm\./);
    expect(keyRef).not.toContain(publicJwk.x);

    const data = Buffer.from('header.payload');
    const signature = await sut.sign(keyRef, data);
    expect(verify(null, data, createPublicKey({ key: { ...publicJwk }, format: 'jwk' }), signature)).toBe(
      true,
    );
  });

  it('cannot use a key wrapped under another key-encryption key', async () => {
    const { keyRef } = await new LocalKms(KEK).createKey();
    const other = new LocalKms(Buffer.alloc(32, 8).toString('base64'));
    await expect(other.sign(keyRef, Buffer.from('x'))).rejects.toThrow();
  });
});
