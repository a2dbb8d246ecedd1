import { generateKeyPair } from 'jose';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { credentialFrom } from './pdf-credential';
import { TestIssuer } from './test-issuer';
import { didDocumentUrl, verifyCredential } from './verify-credential';

const ORIGIN = 'https://certhub.example';
const NOW = new Date('2027-06-01T12:00:00Z');

describe(verifyCredential.name, () => {
  const verify = async (issuer: TestIssuer, jwt: string, now = NOW) =>
    verifyCredential(jwt, { fetch: issuer.fetch as typeof fetch, now, origin: ORIGIN });

  it('finds a genuine, current credential valid and says what it states', async () => {
    const issuer = await TestIssuer.create(ORIGIN);
    const result = await verify(issuer, await issuer.credential());
    expect(result.verdict).toBe('valid');
    expect(result.checks).toEqual([
      { name: 'signature', ok: true },
      { name: 'revocation', ok: true },
      { name: 'suspension', ok: true },
      { name: 'validity', ok: true },
    ]);
    expect(result.facts).toMatchObject({
      number: 'CH-2026-0001',
      holder: 'Ateliers Démo CertHub SAS',
      siren: '901234567',
      title: 'Label Engagement — Niv A',
      issuerName: 'CertHub Démo Certification',
      issuer: issuer.did,
    });
  });

  it('reads its own bit in the suspension and revocation lists, withdrawal first', async () => {
    const issuer = await TestIssuer.create(ORIGIN);
    const jwt = await issuer.credential({}, 9);
    issuer.flags.suspension.add(8).add(10);
    expect((await verify(issuer, jwt)).verdict).toBe('valid');
    issuer.flags.suspension.add(9);
    expect((await verify(issuer, jwt)).verdict).toBe('suspended');
    issuer.flags.revocation.add(9);
    const revoked = await verify(issuer, jwt);
    expect(revoked.verdict).toBe('revoked');
    expect(revoked.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual(['revocation', 'suspension']);
  });

  it('refuses a credential whose content was changed after signing', async () => {
    const issuer = await TestIssuer.create(ORIGIN);
    const [header, payload, signature] = (await issuer.credential()).split('.');
    const claims = JSON.parse(atob(payload!.replace(/-/g, '+').replace(/_/g, '/'))) as Record<
      string,
      unknown
    >;
    const forged = btoa(JSON.stringify({ ...claims, validUntil: '2039-01-14T23:59:59Z' }))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    const result = await verify(issuer, [header, forged, signature].join('.'));
    expect(result).toMatchObject({ verdict: 'invalid', reason: 'signature does not match' });
    expect(result.facts).toBeUndefined();
  });

  it('refuses a credential signed by a key its issuer does not publish', async () => {
    const issuer = await TestIssuer.create(ORIGIN);
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const jwt = await issuer.sign({ issuer: issuer.did, validFrom: '2026-01-15T00:00:00Z' }, privateKey);
    expect(await verify(issuer, jwt)).toMatchObject({
      verdict: 'invalid',
      reason: 'signature does not match',
    });
  });

  it('says expired after validUntil, not yet valid before validFrom', async () => {
    const issuer = await TestIssuer.create(ORIGIN);
    const jwt = await issuer.credential();
    expect((await verify(issuer, jwt, new Date('2029-01-15T00:00:00Z'))).verdict).toBe('expired');
    expect((await verify(issuer, jwt, new Date('2026-01-14T00:00:00Z'))).verdict).toBe('not_yet_valid');
  });

  it('says the status could not be checked when a list does not answer', async () => {
    const issuer = await TestIssuer.create(ORIGIN);
    const jwt = await issuer.credential({
      credentialStatus: [
        {
          type: 'BitstringStatusListEntry',
          statusPurpose: 'suspension',
          statusListIndex: '1',
          statusListCredential: `${issuer.base}/status/gone`,
        },
      ],
    });
    const result = await verify(issuer, jwt);
    expect(result.verdict).toBe('unchecked');
    expect(result.checks).toContainEqual({ name: 'suspension', ok: null });
  });

  it('refuses what is not a did:web credential at all', async () => {
    const issuer = await TestIssuer.create(ORIGIN);
    expect((await verify(issuer, 'not.a-credential')).verdict).toBe('invalid');
    const other = await issuer.sign({ issuer: 'did:key:z6Mk' });
    expect((await verify(issuer, other)).reason).toMatch(/not a did:web issuer/);
  });
});

describe(didDocumentUrl.name, () => {
  it('maps did:web to HTTPS, and a DID of this page’s host to this page’s origin', () => {
    expect(didDocumentUrl('did:web:certhub.example%3A8443:cbs:cb-1')).toBe(
      'https://certhub.example:8443/cbs/cb-1/did.json',
    );
    expect(didDocumentUrl('did:web:example.org')).toBe('https://example.org/.well-known/did.json');
    expect(didDocumentUrl('did:web:127.0.0.1%3A8080:cbs:cb-1', 'http://127.0.0.1:8080')).toBe(
      'http://127.0.0.1:8080/cbs/cb-1/did.json',
    );
  });
});

describe(credentialFrom.name, () => {
  it('takes the credential attached to a certificate’s PDF, pasted text, or a .vc.jwt file', async () => {
    const jwt = 'eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJ4In0.c2ln';
    const doc = await PDFDocument.create();
    doc.addPage();
    // Copied into this realm's Uint8Array, which pdf-lib checks for (jsdom's differs from Node's).
    const bytes = (text: string) => new Uint8Array(new TextEncoder().encode(text));
    await doc.attach(bytes('not a credential'), 'notes.txt', { mimeType: 'text/plain' });
    await doc.attach(bytes(jwt), 'CH-2026-0001.vc.jwt', { mimeType: 'application/vc+jwt' });
    const pdf = new Blob([new Uint8Array(await doc.save())], { type: 'application/pdf' });

    expect(await credentialFrom(pdf)).toBe(jwt);
    expect(await credentialFrom(`  ${jwt}\n`)).toBe(jwt);
    expect(await credentialFrom(new Blob([jwt]))).toBe(jwt);
    expect(await credentialFrom('hello')).toBeUndefined();
    const bare = await PDFDocument.create();
    bare.addPage();
    expect(await credentialFrom(new Blob([new Uint8Array(await bare.save())]))).toBeUndefined();
  });
});
