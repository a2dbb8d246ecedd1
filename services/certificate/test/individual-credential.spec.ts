import { eventSubject, newCloudEvent, type EventPayload } from '@certhub/contracts';
import { GatewayClient, TestStack, connectNats, uniqueId, waitFor } from '@certhub/testing';
import { decodeJwt } from 'jose';
import type { NatsConnection } from 'nats';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

type Decided = EventPayload<'certhub.candidacy.jury_decided.v1'>;

/** A jury's `certified` decision for a candidate of the demo network's Lyon establishment. */
function certifiedAtLyon(): Decided {
  const candidateId = uniqueId('cand');
  return {
    candidateId,
    reference: `REF-${candidateId}`,
    establishmentId: 'est-demo-a',
    trainingOrganisationId: 'of-demo',
    networkId: 'net-demo',
    certifierId: 'cb-demo',
    decision: 'certified',
    juryDate: '2026-11-20',
    decidedBy: 'jury-1',
    certificate: {
      number: `CLEA-${candidateId.toUpperCase()}`,
      holder: { givenName: 'Élodie', familyName: 'Martin', birthDate: '1991-03-14' },
      frameworkVersion: '2024',
      certifierName: 'Certificateur démo',
    },
  };
}

/**
 * A person's Open Badge handed over by those who may read her certificate's PDF, through the
 * gateway with the realm's real tokens: the certificate service decides the perimeter, the
 * credentials service signs.
 */
describe('individual certificate: the person’s credential for her training side and certifier, and inside her PDF', () => {
  let stack: TestStack | undefined;
  let gateway: GatewayClient;
  let nc: NatsConnection;

  beforeAll(async () => {
    stack = await TestStack.start(['certificate', 'credentials', 'gateway']);
    gateway = await GatewayClient.signIn(stack.service('gateway').url, [
      'establishment.a',
      'establishment.b',
      'network.admin',
      'certifier',
      'org.admin',
    ]);
    nc = await connectNats(stack.nats.url, 'tools');
  }, 180_000);

  afterAll(async () => {
    await nc?.close();
    await stack?.stop();
  });

  it('gives the file, the QR code and the deep link inside the perimeter, "not found" outside', async () => {
    const decided = certifiedAtLyon();
    const type = 'certhub.candidacy.jury_decided.v1';
    const event = newCloudEvent(type, decided, {
      source: 'certhub/candidacy',
      tenantId: decided.certifierId,
    });
    await nc.jetstream().publish(eventSubject(type), JSON.stringify(event), { msgID: event.id });
    const base = `/individual-certificates/ic-${decided.candidateId}/credential`;
    const number = decided.certificate?.number ?? '';

    const credential = await waitFor(
      'the person’s credential',
      async () => {
        const res = await gateway.api('establishment.a', 'GET', base);
        return res.status === 200 ? res.body : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    expect(credential).toMatchObject({ number, issuer: expect.stringMatching(/^did:web:.*:cbs:cb-demo$/) });
    expect(credential.verifyUrl).toMatch(new RegExp(`/verify/${number}$`));
    expect(decodeJwt(credential.jwt)).toMatchObject({
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      credentialSubject: { givenName: 'Élodie', familyName: 'Martin', certificateNumber: number },
    });

    const file = await gateway.file('establishment.a', 'GET', `${base}.jwt`);
    expect([file.status, file.type]).toEqual([200, 'application/vc+jwt; charset=utf-8']);
    expect(file.bytes.toString()).toBe(credential.jwt);
    const qr = await gateway.file('establishment.a', 'GET', `${base}/qr.svg`);
    expect([qr.status, qr.type?.split(';')[0]]).toEqual([200, 'image/svg+xml']);
    expect(qr.bytes.toString()).toContain('<svg');

    // The network's staff and the certifier read it too, the same credential.
    for (const who of ['network.admin', 'certifier']) {
      const res = await gateway.file(who, 'GET', `${base}.jwt`);
      expect([who, res.status, res.bytes.toString()]).toEqual([who, 200, credential.jwt]);
    }
    // Another establishment of the same network: the certificate does not exist, nor its credential.
    for (const path of [base, `${base}.jwt`, `${base}/qr.svg`])
      expect([path, (await gateway.file('establishment.b', 'GET', path)).status]).toEqual([path, 404]);
    // An organisation's user is no reader of individual certificates at all.
    expect((await gateway.api('org.admin', 'GET', base)).status).toBe(403);

    // Her PDF carries the same credential, covered by the certifier's signature; poppler judges.
    const pdf = await waitFor(
      'the person’s signed PDF',
      async () => {
        const res = await gateway.file(
          'establishment.a',
          'GET',
          `/individual-certificates/ic-${decided.candidateId}/pdf`,
        );
        return res.status === 200 && res.bytes;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    const dir = mkdtempSync(join(tmpdir(), 'certhub-individual-'));
    try {
      const file = join(dir, 'certificate.pdf');
      writeFileSync(file, pdf);
      expect((await run('pdfsig', [file])).stdout).toContain('Signature Validation: Signature is Valid.');
      expect((await run('pdfdetach', ['-list', file])).stdout).toContain(`${number}.vc.jwt`);
      await run('pdfdetach', ['-save', '1', '-o', join(dir, 'attached.jwt'), file]);
      expect(readFileSync(join(dir, 'attached.jwt'), 'utf8')).toBe(credential.jwt);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
