import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  generateKeyPairSync,
  randomBytes,
  sign,
  type KeyObject,
} from 'node:crypto';
import { IssuerKms, type PublicJwk } from './issuer-kms';

const SCHEME = 'local-aes256gcm';

/**
 * The development and single-node KMS: a private key is stored only wrapped (AES-256-GCM) by a
 * key-encryption key that comes from the environment (a secret), so the database alone never
 * reveals one. Unwrapped keys are kept in memory: issuing must not pay an AES round per credential.
 */
export class LocalKms extends IssuerKms {
  private readonly kek: Buffer;
  private readonly unwrapped = new Map<string, KeyObject>();

  constructor(kekBase64: string) {
    super();
    this.kek = Buffer.from(kekBase64, 'base64');
  }

  async createKey(): Promise<{ keyRef: string; publicJwk: PublicJwk }> {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const der = privateKey.export({ type: 'pkcs8', format: 'der' });
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.kek, iv);
    const wrapped = Buffer.concat([cipher.update(der), cipher.final()]);
    const keyRef = [SCHEME, iv, wrapped, cipher.getAuthTag()]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
    const { kty, crv, x } = publicKey.export({ format: 'jwk' });
    return { keyRef, publicJwk: { kty: kty as 'OKP', crv: crv as 'Ed25519', x: x as string } };
  }

  async sign(keyRef: string, data: Uint8Array): Promise<Uint8Array> {
    return sign(null, data, this.unwrap(keyRef));
  }

  private unwrap(keyRef: string): KeyObject {
    const cached = this.unwrapped.get(keyRef);
    if (cached) return cached;
    const [scheme, iv, wrapped, tag] = keyRef.split('.');
    if (scheme !== SCHEME || !iv || !wrapped || !tag) throw new Error('not a key reference of the local KMS');
    const decipher = createDecipheriv('aes-256-gcm', this.kek, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const der = Buffer.concat([decipher.update(Buffer.from(wrapped, 'base64url')), decipher.final()]);
    const key = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
    this.unwrapped.set(keyRef, key);
    return key;
  }
}
