import { CompactSign, exportJWK, generateKeyPair, type JWK, type KeyLike } from 'jose';
import { gzipSync } from 'node:zlib';

/**
 * A certification body as the credentials service publishes it, for the tests: an Ed25519 key, its
 * did:web document, signed status lists and credentials (vc+jwt). Test support only (node:zlib).
 */
export class TestIssuer {
  readonly flags = { revocation: new Set<number>(), suspension: new Set<number>() };

  private constructor(
    readonly did: string,
    readonly base: string,
    private readonly key: KeyLike,
    private readonly jwk: JWK,
  ) {}

  static async create(origin: string, cbId = 'cb-test'): Promise<TestIssuer> {
    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const { kty, crv, x } = await exportJWK(publicKey);
    const host = new URL(origin).host;
    return new TestIssuer(
      `did:web:${encodeURIComponent(host)}:cbs:${cbId}`,
      `${origin}/cbs/${cbId}`,
      privateKey,
      {
        kty,
        crv,
        x,
      },
    );
  }

  get kid(): string {
    return `${this.did}#key-1`;
  }

  didDocument(): object {
    const method = { id: this.kid, type: 'JsonWebKey2020', controller: this.did, publicKeyJwk: this.jwk };
    return { id: this.did, verificationMethod: [method], assertionMethod: [this.kid] };
  }

  sign(claims: object, key: KeyLike = this.key): Promise<string> {
    // Copied into this realm's Uint8Array: jsdom's differs from the one TextEncoder returns.
    return new CompactSign(new Uint8Array(new TextEncoder().encode(JSON.stringify(claims))))
      .setProtectedHeader({ alg: 'EdDSA', kid: this.kid, typ: 'vc+jwt' })
      .sign(key);
  }

  statusList(purpose: 'revocation' | 'suspension'): Promise<string> {
    const bits = Buffer.alloc(131_072 / 8);
    for (const index of this.flags[purpose]) bits[index >> 3]! |= 0x80 >> (index & 7);
    return this.sign({
      issuer: this.did,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      credentialSubject: {
        type: 'BitstringStatusList',
        statusPurpose: purpose,
        encodedList: `u${gzipSync(bits).toString('base64url')}`,
      },
    });
  }

  credential(overrides: Record<string, unknown> = {}, statusIndex = 4_242): Promise<string> {
    return this.sign({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: this.did, type: ['Profile'], name: 'CertHub Démo Certification' },
      validFrom: '2026-01-15T00:00:00Z',
      validUntil: '2029-01-14T23:59:59Z',
      credentialSubject: {
        type: ['AchievementSubject'],
        name: 'Ateliers Démo CertHub SAS',
        siren: '901234567',
        certificateNumber: 'CH-2026-0001',
        scope: ['Formation continue'],
        achievement: { type: ['Achievement'], name: 'Label Engagement — Niv A' },
      },
      credentialStatus: (['revocation', 'suspension'] as const).map((purpose) => ({
        type: 'BitstringStatusListEntry',
        statusPurpose: purpose,
        statusListIndex: String(statusIndex),
        statusListCredential: `${this.base}/status/${purpose}`,
      })),
      ...overrides,
    });
  }

  /** Answers the DID document and the status lists; anything else is a 404. */
  fetch = async (input: RequestInfo | URL): Promise<Response> => {
    const url = String(input instanceof Request ? input.url : input);
    if (url === `${this.base}/did.json`) return Response.json(this.didDocument());
    const purpose = url.startsWith(`${this.base}/status/`) && url.slice(`${this.base}/status/`.length);
    if (purpose === 'revocation' || purpose === 'suspension')
      return new Response(await this.statusList(purpose), {
        headers: { 'content-type': 'application/vc+jwt' },
      });
    return new Response('not found', { status: 404 });
  };
}
