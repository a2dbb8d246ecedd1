import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type JWK, type KeyLike } from 'jose';
import { TokenVerifier } from './token-verifier';

/** A realm's JWKS endpoint on a real local socket, which the test can take down and bring back. */
class FakeRealm {
  private server?: Server;
  keys: JWK[] = [];
  constructor(private port = 0) {}

  async up(): Promise<void> {
    this.server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: this.keys }));
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server!.address() as AddressInfo).port;
  }

  async down(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
    this.server?.closeAllConnections();
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }
}

async function signingKey(kid: string): Promise<{ privateKey: KeyLike; jwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  return { privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
}

describe('TokenVerifier while the identity provider is away', () => {
  const realm = new FakeRealm();
  let clock = Date.now();
  const sut = () =>
    new TokenVerifier({
      keycloakUrl: realm.url,
      realm: 'certhub',
      audience: 'certhub-api',
      clockToleranceSeconds: 5,
      jwks: { refreshAfterMs: 60_000, cooldownMs: 0, fetchTimeoutMs: 500, now: () => clock },
    });
  const token = (key: KeyLike, kid: string) =>
    new SignJWT({ tenant_type: 'organisation', tenant_id: 'org-1', realm_access: { roles: ['org_admin'] } })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setIssuer(`${realm.url}/realms/certhub`)
      .setAudience('certhub-api')
      .setSubject('u1')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key);

  beforeAll(() => realm.up());
  afterAll(() => realm.down());

  it('keeps verifying with the last good keys, beyond their age, while the JWKS cannot be fetched', async () => {
    const k1 = await signingKey('k1');
    realm.keys = [k1.jwk];
    const verifier = sut();
    expect((await verifier.verify(await token(k1.privateKey, 'k1'))).userId).toBe('u1');

    await realm.down();
    clock += 10 * 60_000; // the keys are old now: a refresh is due, and fails
    expect((await verifier.verify(await token(k1.privateKey, 'k1'))).userId).toBe('u1');
    await realm.up();
  });

  it('answers 503, not 401, for a key it cannot know while the provider is down; takes a rotation when it is back', async () => {
    const k1 = await signingKey('k1');
    const k2 = await signingKey('k2');
    realm.keys = [k1.jwk];
    const verifier = sut();
    await verifier.verify(await token(k1.privateKey, 'k1'));

    await realm.down();
    await expect(verifier.verify(await token(k2.privateKey, 'k2'))).rejects.toMatchObject({
      code: 'dependency_unavailable',
    });

    realm.keys = [k1.jwk, k2.jwk];
    await realm.up();
    expect((await verifier.verify(await token(k2.privateKey, 'k2'))).userId).toBe('u1');
  });

  it('answers 503 when it never got keys, and still 401 for a forged token', async () => {
    const k1 = await signingKey('k1');
    const forger = await signingKey('k1');
    realm.keys = [k1.jwk];
    await realm.down();
    await expect(sut().verify(await token(k1.privateKey, 'k1'))).rejects.toMatchObject({
      code: 'dependency_unavailable',
    });
    await realm.up();
    await expect(sut().verify(await token(forger.privateKey, 'k1'))).rejects.toMatchObject({
      code: 'unauthenticated',
      message: 'token signature is invalid',
    });
  });
});
