import type { CertificateData, Principal } from '@certhub/contracts';
import { mongoDbName } from '@certhub/platform';
import {
  RpcTestClient,
  amarcCertificate,
  passwordToken,
  runtimeEnv,
  startService,
  uniqueId,
  waitFor,
  type ServiceProcess,
} from '@certhub/testing';
import { execFile } from 'node:child_process';
import { createDecipheriv, createPrivateKey, createPublicKey } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import mongoose from 'mongoose';
import { DEV_KMS_KEY } from '../src/config';
import { CertificateEvents, individualCertificate } from './certificate-events';
import { HttpsFront } from './https-front';

interface Verdict {
  verified: boolean;
  error?: string;
  issuer?: string;
  kid?: string;
  statuses?: { purpose: 'revocation' | 'suspension'; set: boolean; size: number }[];
}

const holder = (data: CertificateData): Principal => ({
  userId: `user-of-${data.organisationId}`,
  tenantType: 'organisation',
  tenantId: data.organisationId,
  roles: ['org_member'],
});
const cbAdmin = (data: { cbId: string }): Principal => ({
  userId: `admin-of-${data.cbId}`,
  tenantType: 'cb',
  tenantId: data.cbId,
  roles: ['cb_admin'],
});

/**
 * Credentials issued from certificate events, checked by a verifier certhub did not write
 * (independent-verifier.mjs) that reaches certhub only as any verifier would: the issuer's did:web
 * document and the status lists, over HTTPS through the gateway.
 */
describe('credentials: verified by an independent verifier', () => {
  let front: HttpsFront;
  let credentials: ServiceProcess;
  let gateway: ServiceProcess;
  let events: CertificateEvents;
  let rpc: RpcTestClient;

  beforeAll(async () => {
    front = await HttpsFront.start();
    [credentials, gateway] = await Promise.all([
      startService('credentials', { PUBLIC_URL: front.url }),
      startService('gateway'),
    ]);
    front.forwardTo(gateway.url);
    events = await CertificateEvents.connect();
    rpc = await RpcTestClient.connect();
  }, 90_000);

  afterAll(async () => {
    await events?.close();
    await rpc?.close();
    await Promise.all([credentials?.stop(), gateway?.stop()]);
    await front?.stop();
  });

  const verify = async (jwt: string): Promise<Verdict> => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(__dirname, 'independent-verifier.mjs'), jwt],
      {
        env: { ...process.env, NODE_EXTRA_CA_CERTS: front.caFile },
      },
    );
    return JSON.parse(stdout) as Verdict;
  };
  const statusOf = (verdict: Verdict, purpose: 'revocation' | 'suspension') =>
    verdict.statuses?.find((s) => s.purpose === purpose)?.set;
  const issued = async (data: CertificateData) => {
    await events.issue(data);
    return waitFor(`credential of ${data.number}`, () =>
      rpc
        .call('credentials.credential.get', { certificateId: data.certificateId }, holder(data))
        .catch(() => undefined),
    );
  };

  it('issues an Open Badges 3.0 credential that verifies, both status bits clear', async () => {
    const data = amarcCertificate();
    const credential = await issued(data);

    const verdict = await verify(credential.jwt);
    expect(verdict).toMatchObject({
      verified: true,
      issuer: credential.issuer,
      kid: `${credential.issuer}#key-1`,
    });
    expect(credential.issuer).toBe(`did:web:${encodeURIComponent(new URL(front.url).host)}:cbs:${data.cbId}`);
    expect(verdict.statuses).toEqual([
      { purpose: 'revocation', set: false, size: 131_072 },
      { purpose: 'suspension', set: false, size: 131_072 },
    ]);
    const [, payload] = credential.jwt.split('.');
    const vc = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as {
      '@context': string[];
      type: string[];
    };
    expect(vc['@context'][0]).toBe('https://www.w3.org/ns/credentials/v2');
    expect(vc.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    // What chapter VIII of the scheme asks a certificate to state, all of it in the credential.
    const address = (a: CertificateData['holder']['address']) => ({
      streetAddress: [a.line1, a.line2].filter(Boolean).join(', '),
      postalCode: a.postalCode,
      addressLocality: a.city,
      addressCountry: a.country,
    });
    expect(vc).toMatchObject({
      issuer: {
        id: credential.issuer,
        name: data.cb.name,
        address: address(data.cb.address),
        accreditation: data.cb.accreditation,
      },
      validFrom: `${data.validFrom}T00:00:00Z`,
      validUntil: `${data.validUntil}T23:59:59Z`,
      nbf: Date.parse(`${data.validFrom}T00:00:00Z`) / 1000,
      exp: Date.parse(`${data.validUntil}T23:59:59Z`) / 1000,
      credentialSubject: {
        type: ['AchievementSubject'],
        name: data.holder.name,
        siren: data.holder.siren,
        address: address(data.holder.address),
        sites: data.sites.map(({ siret, name, address: at }) => ({ siret, name, address: address(at) })),
        achievement: {
          type: ['Achievement'],
          name: `${data.schemeTitle} — Niv B`,
          level: 'Niv B',
          criteria: { narrative: data.scope.join('\n') },
        },
        certificateNumber: data.number,
        scope: data.scope,
        mentions: data.mentions,
      },
      evidence: [{ id: `${front.url}/verify/${data.number}`, name: data.number }],
    });
    expect(credential.verifyUrl).toBe(`${front.url}/verify/${data.number}`);

    // What the /verify page fetches: public, by the number printed on the certificate.
    const byNumber = await fetch(
      `${gateway.url}/api/v1/public/credentials/${encodeURIComponent(data.number)}`,
    );
    expect(await byNumber.json()).toEqual({ number: data.number, jwt: credential.jwt });
    expect((await fetch(`${gateway.url}/api/v1/public/credentials/QC-NOBODY`)).status).toBe(404);
  });

  it('shows a suspension to the verifier, then the reinstatement, then a withdrawal as revoked', async () => {
    const data = amarcCertificate();
    const { jwt } = await issued(data);

    await events.changeStatus('suspended', data);
    const suspended = await waitFor(
      'the verifier to see the suspension',
      async () => {
        const verdict = await verify(jwt);
        return statusOf(verdict, 'suspension') && verdict;
      },
      { timeoutMs: 5_000, intervalMs: 250 },
    );
    expect(suspended).toMatchObject({ verified: true });
    expect(statusOf(suspended, 'revocation')).toBe(false);

    await events.changeStatus('reinstated', data);
    await waitFor(
      'the verifier to see the reinstatement',
      async () => statusOf(await verify(jwt), 'suspension') === false,
      {
        timeoutMs: 5_000,
        intervalMs: 250,
      },
    );

    await events.changeStatus('withdrawn', data);
    await waitFor(
      'the verifier to see the withdrawal',
      async () => statusOf(await verify(jwt), 'revocation'),
      {
        timeoutMs: 5_000,
        intervalMs: 250,
      },
    );
  });

  it('issues again on renewal: the new certificate its own credential, the replaced one its own status', async () => {
    const first = amarcCertificate();
    const old = await issued(first);
    const next = amarcCertificate({
      organisationId: first.organisationId,
      cbId: first.cbId,
      validFrom: '2026-02-01',
      validUntil: '2029-01-31',
      issuedAt: '2026-01-30T09:00:00.000Z',
    });
    await events.renew(next, first);
    const renewed = await waitFor(`credential of ${next.number}`, () =>
      rpc
        .call('credentials.credential.get', { certificateId: next.certificateId }, holder(next))
        .catch(() => undefined),
    );

    expect(renewed.jwt).not.toBe(old.jwt);
    const verdict = await verify(renewed.jwt);
    expect(verdict).toMatchObject({ verified: true, issuer: old.issuer });
    expect(verdict.statuses?.map((s) => s.set)).toEqual([false, false]);
    const [, payload] = renewed.jwt.split('.');
    expect(JSON.parse(Buffer.from(payload!, 'base64url').toString())).toMatchObject({
      validFrom: '2026-02-01T00:00:00Z',
      credentialSubject: { certificateNumber: next.number },
    });
    // The replaced certificate's credential is still its own: the dossier's status events decide it.
    expect(await verify(old.jwt)).toMatchObject({ verified: true });
  });

  it('issues a person’s certificate of the individuals’ line as an Open Badge, revoked on withdrawal', async () => {
    const data = individualCertificate();
    await events.issueIndividual(data);
    // The person has no tenant of hers: her CB hands the credential out.
    const credential = await waitFor(`credential of ${data.number}`, () =>
      rpc
        .call('credentials.credential.get', { certificateId: data.certificateId }, cbAdmin(data))
        .catch(() => undefined),
    );

    const verdict = await verify(credential.jwt);
    expect(verdict).toMatchObject({ verified: true, kid: `${credential.issuer}#key-1` });
    expect(verdict.statuses?.map((s) => s.set)).toEqual([false, false]);
    const [, payload] = credential.jwt.split('.');
    expect(JSON.parse(Buffer.from(payload!, 'base64url').toString())).toMatchObject({
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      validFrom: data.issuedAt,
      validUntil: data.validUntil,
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: [{ identityType: 'name', hashed: false, identityHash: 'Amélie Lefèvre' }],
        achievement: { achievementType: 'Certification', name: data.title },
        certificateNumber: data.number,
      },
    });

    await events.withdrawIndividual(data, 'fraude à l’examen');
    await waitFor(
      'the verifier to see the withdrawal',
      async () => statusOf(await verify(credential.jwt), 'revocation'),
      {
        timeoutMs: 5_000,
        intervalMs: 250,
      },
    );
  });

  it('refuses a tampered credential', async () => {
    const data = amarcCertificate();
    const { jwt } = await issued(data);
    const [header, payload, signature] = jwt.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as { validUntil: string };
    claims.validUntil = '2039-01-14T23:59:59Z';
    const forged = [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');

    const verdict = await verify(forged);
    expect(verdict.verified).toBe(false);
    expect(verdict.error).toMatch(/signature/i);
  });

  it('keeps verifying what a rotated key signed, and signs with the new key', async () => {
    const before = amarcCertificate();
    const old = await issued(before);

    const rotation = await rpc.call('credentials.issuer-keys.rotate', {}, cbAdmin(before));
    expect(rotation).toEqual({ did: old.issuer, kid: `${old.issuer}#key-2`, keys: 2 });
    const after = amarcCertificate({ cbId: before.cbId });
    const renewed = await issued(after);

    expect(await verify(old.jwt)).toMatchObject({ verified: true, kid: `${old.issuer}#key-1` });
    expect(await verify(renewed.jwt)).toMatchObject({ verified: true, kid: `${old.issuer}#key-2` });
    const res = await fetch(`${gateway.url}/cbs/${before.cbId}/did.json`);
    // Cached no longer than the status lists, which the new key signs from now on.
    expect(res.headers.get('cache-control')).toBe('public, max-age=5');
    const did = (await res.json()) as { assertionMethod: string[] };
    expect(did.assertionMethod).toEqual([`${old.issuer}#key-1`, `${old.issuer}#key-2`]);
  });

  it('draws each credential’s place in the status lists at random, the same in both lists', async () => {
    const cbId = uniqueId('cb');
    const jwts = [];
    // One at a time: the order of issue is what sequential allocation would show.
    for (let i = 0; i < 4; i++) jwts.push((await issued(amarcCertificate({ cbId }))).jwt);
    const indexes = jwts.map((jwt) => {
      const [, payload] = jwt.split('.');
      const { credentialStatus } = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as {
        credentialStatus: { statusPurpose: string; statusListIndex: string }[];
      };
      expect(credentialStatus.map((entry) => entry.statusPurpose)).toEqual(['revocation', 'suspension']);
      expect(new Set(credentialStatus.map((entry) => entry.statusListIndex)).size).toBe(1);
      return Number(credentialStatus[0]!.statusListIndex);
    });
    expect(new Set(indexes).size).toBe(4);
    // Issue order must not show: four draws among 131,072 land within 3 of each other about never.
    expect(Math.max(...indexes) - Math.min(...indexes)).toBeGreaterThan(3);
  });

  it('keeps a CB’s private keys in the database only wrapped, and records who rotated them', async () => {
    const data = amarcCertificate();
    await issued(data);
    await expect(
      rpc.call('credentials.issuer-keys.rotate', {}, { ...cbAdmin(data), roles: ['analyst'] }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const rotation = await rpc.call('credentials.issuer-keys.rotate', {}, cbAdmin(data));
    // Announced once, through the outbox, to the bus (partners, the CB admins' inboxes).
    const [announced, ...more] = await waitFor('the rotation event', async () => {
      const published = await events.credentialsEvents(data.cbId);
      return published.length ? published : undefined;
    });
    expect(more).toEqual([]);
    expect(announced).toMatchObject({
      type: 'certhub.issuer_key.rotated.v1',
      source: 'certhub/credentials',
      tenantid: data.cbId,
      data: {
        cbId: data.cbId,
        did: rotation.did,
        kid: rotation.kid,
        generation: 2,
        previousKid: `${rotation.did}#key-1`,
        rotatedBy: cbAdmin(data).userId,
      },
    });

    const db = await mongoose
      .createConnection(runtimeEnv().MONGO_URL, {
        dbName: mongoDbName(runtimeEnv()['MONGO_DB_PREFIX'] ?? 'certhub', 'credentials'),
      })
      .asPromise();
    try {
      const keys = await db
        .collection('issuer_keys')
        .find({ tenantId: data.cbId })
        .sort({ generation: 1 })
        .toArray();
      expect(keys.map(({ generation, createdBy }) => ({ generation, createdBy }))).toEqual([
        { generation: 1, createdBy: 'system' },
        { generation: 2, createdBy: cbAdmin(data).userId },
      ]);
      // Everything the database holds about this CB: its keys, its credential, its lists.
      const stored = JSON.stringify(
        await Promise.all(
          ['issuer_keys', 'credentials', 'status_lists'].map((name) =>
            db
              .collection(name)
              .find({ $or: [{ tenantId: data.cbId }, { cbId: data.cbId }] })
              .toArray(),
          ),
        ),
      );
      for (const key of keys) {
        // Unwrapped as the local KMS does, with the development key-encryption key the test stack runs with.
        const [, iv, wrapped, tag] = String(key['keyRef']).split('.');
        const unwrap = (kek: Buffer) => {
          const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(iv!, 'base64url'));
          decipher.setAuthTag(Buffer.from(tag!, 'base64url'));
          return Buffer.concat([decipher.update(Buffer.from(wrapped!, 'base64url')), decipher.final()]);
        };
        const der = unwrap(Buffer.from(DEV_KMS_KEY, 'base64'));
        const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
        // It is the key the DID document publishes…
        expect(createPublicKey(privateKey).export({ format: 'jwk' }).x).toBe(key['publicJwk'].x);
        // …and neither it nor its seed appears in clear, in any usual encoding.
        const seed = Buffer.from(privateKey.export({ format: 'jwk' }).d!, 'base64url');
        for (const secret of [seed, der])
          for (const encoding of ['base64', 'base64url', 'hex'] as const)
            expect(stored).not.toContain(secret.toString(encoding));
        // Another key-encryption key opens nothing.
        expect(() => unwrap(Buffer.alloc(32, 1))).toThrow();
      }
    } finally {
      await db.close();
    }
  });

  it('publishes a CB’s DID document from its creation, before its first credential', async () => {
    const cbId = uniqueId('cb');
    const didUrl = `${gateway.url}/cbs/${cbId}/did.json`;
    expect((await fetch(didUrl)).status).toBe(404);
    // Plays the identity service's relay.
    const created = { cbId, code: cbId, name: 'Bureau Veritas Certification', createdBy: 'pa-1' };
    await events.publish('certhub.certification_body.created.v1', created, cbId);

    const did = await waitFor('the DID document of the new CB', async () => {
      const res = await fetch(didUrl);
      return res.ok && (res.json() as Promise<{ id: string; assertionMethod: string[] }>);
    });
    expect(did.assertionMethod).toEqual([`${did.id}#key-1`]);
  });

  it('gives a credential to its holder and CB only, and no DID to an unknown issuer', async () => {
    const data = amarcCertificate();
    await issued(data);
    const stranger = { ...holder(data), tenantId: 'org-someone-else' };
    const refused = await rpc.failure(
      'credentials.credential.get',
      { certificateId: data.certificateId },
      stranger,
    );
    expect(refused.code).toBe('not_found');
    await expect(
      rpc.call('credentials.credential.get', { certificateId: data.certificateId }, cbAdmin(data)),
    ).resolves.toMatchObject({ number: data.number });

    expect((await fetch(`${gateway.url}/cbs/cb-nobody/did.json`)).status).toBe(404);
    expect((await fetch(`${gateway.url}/cbs/cb-nobody/status/revocation`)).status).toBe(404);
    expect((await fetch(`${gateway.url}/cbs/${data.cbId}/status/other`)).status).toBe(404);
  });

  it('hands the credential out through the API as JSON, as a file and as a QR code, to its holder only', async () => {
    // The realm's demo organisation, so that a real token of its user reaches the gateway.
    const data = amarcCertificate({ organisationId: 'org-demo' });
    const { jwt } = await issued(data);
    const [holderToken, strangerToken] = await Promise.all([
      passwordToken('org.admin@certhub.local'),
      passwordToken('network.admin@certhub.local'),
    ]);
    const get = (path: string, token: string) =>
      fetch(`${gateway.url}/api/v1/certificates/${data.certificateId}/${path}`, {
        headers: { authorization: `Bearer ${token}` },
      });

    const json = await get('credential', holderToken);
    expect(json.status).toBe(200);
    expect(await json.json()).toMatchObject({ jwt, verifyUrl: `${front.url}/verify/${data.number}` });

    const file = await get('credential.jwt', holderToken);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/^application\/vc\+jwt/);
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="${data.number}.vc.jwt"`);
    expect(await file.text()).toBe(jwt);

    const qr = await get('credential/qr.svg', holderToken);
    expect(qr.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await qr.text()).toMatch(/^<svg/);

    expect((await get('credential.jwt', strangerToken)).status).toBe(403);
  });
});
