import { randomBytes } from 'node:crypto';
import { SecretBox, newWebhookSecret } from './secret-box';

describe(SecretBox.name, () => {
  const sut = new SecretBox(randomBytes(32));

  it('opens what it sealed, and seals the same secret differently each time', () => {
    const secret = newWebhookSecret();
    const a = sut.seal(secret);
    const b = sut.seal(secret);
    expect(a).not.toBe(b);
    expect(a).not.toContain(secret.slice(6));
    expect(sut.open(a)).toBe(secret);
    expect(sut.open(b)).toBe(secret);
  });

  it('refuses a tampered box and another key’s box', () => {
    const sealed = sut.seal('whsec_x');
    const tampered = `${sealed.slice(0, -2)}${sealed.endsWith('A') ? 'B' : 'A'}A`;
    expect(() => sut.open(tampered)).toThrow();
    expect(() => new SecretBox(randomBytes(32)).open(sealed)).toThrow();
  });
});
