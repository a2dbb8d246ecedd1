import type { CertificateData, EventPayload, EventType } from '@certhub/contracts';
import {
  EventTestClient,
  amarcCertificate,
  passwordToken,
  startService,
  uniqueId,
  waitFor,
  type ServiceProcess,
} from '@certhub/testing';
import { createHash } from 'node:crypto';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A certificate of the realm's demo tenants (or of others, to prove they stay out of sight). */
function certificate(organisationId: string, cbId: string): CertificateData {
  const data = amarcCertificate({ organisationId, cbId, validUntil: '2028-12-31' });
  // Now: lists are newest first, and the demo tenants keep the certificates of earlier runs.
  return { ...data, number: `GW-${data.certificateId.toUpperCase()}`, issuedAt: new Date().toISOString() };
}

describe('certificates through the gateway', () => {
  let certificateService: ServiceProcess;
  let gateway: ServiceProcess;
  let publisher: EventTestClient;
  let orgToken: string;
  let cbToken: string;
  // The holder org-demo with its CB cb-demo; and one certificate of each that the other must not see.
  const mine = certificate('org-demo', 'cb-demo');
  const ofAnotherOrganisation = certificate(uniqueId('org'), 'cb-demo');
  const ofAnotherCb = certificate('org-demo', uniqueId('cb'));

  const publish = <K extends EventType>(type: K, data: EventPayload<K>, tenantId: string) =>
    publisher.emit(type, data, { source: 'certhub/dossier', tenantId });
  /**
   * Retried once on 503 (when the body can be sent again): the certificate process of another test
   * file answers the same queue group and may be stopping, and Nest's NATS server (started without
   * gracefulShutdown by the platform's bootstrap) drops the requests it holds when it closes.
   */
  const send = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${gateway.url}${path}`, init);
    return res.status === 503 && !(init.body instanceof ReadableStream)
      ? fetch(`${gateway.url}${path}`, init)
      : res;
  };
  const get = (path: string, token?: string) =>
    send(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const listed = async (token: string): Promise<{ certificateId: string; pdfAvailable: boolean }[]> =>
    ((await (await get('/api/v1/certificates?pageSize=100', token)).json()) as { items: never[] }).items;
  const pdfOf = async (data: CertificateData, token: string) =>
    Buffer.from(await (await get(`/api/v1/certificates/${data.certificateId}/pdf`, token)).arrayBuffer());

  beforeAll(async () => {
    // The deployment's namespace: every certificate process on this NATS answers the same queue group.
    certificateService = await startService('certificate');
    gateway = await startService('gateway', {
      CERTIFICATE_URL: certificateService.url,
      VERIFY_FILE_MAX_BYTES: String(1024 * 1024),
      RATE_LIMIT_PER_MINUTE: '100000',
      PUBLIC_VERIFY_RATE_LIMIT_PER_MINUTE: '100000',
    });
    publisher = await EventTestClient.connect();
    [orgToken, cbToken] = await Promise.all([
      passwordToken('org.admin@certhub.local'),
      passwordToken('cb.admin@certhub.local'),
    ]);
    for (const data of [mine, ofAnotherOrganisation, ofAnotherCb]) {
      await publish('certhub.certificate.issued.v1', data, data.cbId);
    }
    const printed = (token: string, data: CertificateData) => async () =>
      (await listed(token)).some((c) => c.certificateId === data.certificateId && c.pdfAvailable);
    await waitFor(
      'the PDFs to be printed',
      async () =>
        (
          await Promise.all([
            printed(orgToken, mine)(),
            printed(cbToken, ofAnotherOrganisation)(),
            printed(orgToken, ofAnotherCb)(),
          ])
        ).every(Boolean),
      { timeoutMs: 45_000 },
    );
  }, 120_000);

  afterAll(async () => {
    await publisher?.close();
    await Promise.all([gateway, certificateService].filter(Boolean).map((s) => s.stop()));
  });

  it('verifies a certificate publicly by number and by company, without a token, and shows a suspension', async () => {
    const res = await get(`/api/v1/public/certificates/verify/${mine.number}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      number: mine.number,
      status: 'valid',
      validUntil: '2028-12-31',
      scope: mine.scope,
    });
    expect(Object.keys(body).sort()).toEqual([
      'cbId',
      'cbName',
      'holderName',
      'holderSiren',
      'level',
      'number',
      'schemeId',
      'schemeTitle',
      'schemeVersion',
      'scope',
      'sites',
      'status',
      'validFrom',
      'validUntil',
    ]);
    const search = await get(`/api/v1/public/certificates?siren=${mine.holder.siren}&schemeId=amarc`);
    expect(await search.json()).toMatchObject({ items: [{ number: mine.number }] });
    expect((await get('/api/v1/public/certificates/verify/GW-NO-SUCH-NUMBER')).status).toBe(404);
    expect((await get('/api/v1/public/certificates?schemeId=amarc')).status).toBe(422);

    const suspended = certificate(uniqueId('org'), 'cb-demo');
    await publish('certhub.certificate.issued.v1', suspended, suspended.cbId);
    const status = async () =>
      (
        (await (await get(`/api/v1/public/certificates/verify/${suspended.number}`)).json()) as {
          status?: string;
        }
      ).status;
    await waitFor('the certificate to be indexed', async () => (await status()) === 'valid');
    await publish(
      'certhub.certificate.suspended.v1',
      { ...suspended, at: new Date().toISOString(), changedBy: 'decision-maker-1' },
      suspended.cbId,
    );
    // The index never waits for a print; the bound only allows for a busy two-core machine.
    await waitFor('the suspension', async () => (await status()) === 'suspended', { timeoutMs: 10_000 });
  });

  it('lists only the certificates of the caller’s organisation, or of the caller’s CB', async () => {
    const ids = async (token: string) => (await listed(token)).map((c) => c.certificateId);
    expect(await ids(orgToken)).toEqual(
      expect.arrayContaining([mine.certificateId, ofAnotherCb.certificateId]),
    );
    expect(await ids(orgToken)).not.toContain(ofAnotherOrganisation.certificateId);
    expect(await ids(cbToken)).toEqual(
      expect.arrayContaining([mine.certificateId, ofAnotherOrganisation.certificateId]),
    );
    expect(await ids(cbToken)).not.toContain(ofAnotherCb.certificateId);
  });

  it('streams the PDF to the holder’s and the CB’s users, and answers 404 to other tenants', async () => {
    const res = await get(`/api/v1/certificates/${mine.certificateId}/pdf`, orgToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="certificate-GW-.+-v1\.pdf"$/,
    );
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.headers.get('etag')).toBe(`"${sha256(pdf)}"`);
    expect(Number(res.headers.get('content-length'))).toBe(pdf.length);
    expect(sha256(await pdfOf(mine, cbToken))).toBe(sha256(pdf));

    for (const [data, token] of [
      [ofAnotherOrganisation, orgToken],
      [ofAnotherCb, cbToken],
    ] as const) {
      const refused = await get(`/api/v1/certificates/${data.certificateId}/pdf`, token);
      expect(refused.status).toBe(404);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
    }
    expect((await get(`/api/v1/certificates/${mine.certificateId}/pdf`)).status).toBe(401);
  });

  it('tells whether an uploaded PDF is genuine, by hashing it as it streams in', async () => {
    const pdf = await pdfOf(mine, orgToken);
    const upload = (body: RequestInit['body'], type = 'application/pdf', extra: RequestInit = {}) =>
      send('/api/v1/public/certificates/verify-file', {
        method: 'POST',
        headers: { 'content-type': type },
        body,
        ...extra,
      });

    const genuine = await upload(pdf);
    expect(genuine.status).toBe(200);
    expect(await genuine.json()).toMatchObject({
      genuine: true,
      certificate: { number: mine.number, status: 'valid' },
    });
    const forged = Buffer.from(pdf);
    forged[forged.length - 20] = (forged[forged.length - 20] as number) ^ 1;
    expect(await (await upload(forged)).json()).toEqual({ genuine: false });
    expect(await (await get(`/api/v1/public/certificates/verify-hash/${sha256(pdf)}`)).json()).toMatchObject({
      genuine: true,
    });

    expect((await upload(pdf, 'application/octet-stream')).status).toBe(415);
    const tooLarge = await upload(Buffer.alloc(1024 * 1024 + 1, 1));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers.get('content-type')).toContain('application/problem+json');
    // Chunked, without a declared length: refused while streaming, once past the limit.
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 40; i += 1) controller.enqueue(new Uint8Array(64 * 1024));
        controller.close();
      },
    });
    expect(
      (
        await upload(chunks as unknown as RequestInit['body'], 'application/pdf', {
          duplex: 'half',
        } as RequestInit)
      ).status,
    ).toBe(413);
  });

  it('documents the JSON routes in OpenAPI: public verification without a token, the list with one', async () => {
    const doc = (await (await get('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { security: unknown[] }>>;
    };
    expect(doc.paths['/api/v1/public/certificates/verify/{number}']?.['get']?.security).toEqual([]);
    expect(doc.paths['/api/v1/public/certificates']?.['get']?.security).toEqual([]);
    expect(doc.paths['/api/v1/certificates']?.['get']?.security).toEqual([{ bearer: [] }]);
  });
});

describe('public verification rate limit', () => {
  let gateway: ServiceProcess;
  beforeAll(async () => {
    gateway = await startService('gateway', { PUBLIC_VERIFY_RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => gateway?.stop());

  it('answers 429 to a client address past its budget on a public verification route', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push(
        (await fetch(`${gateway.url}/api/v1/public/certificates/verify-hash/${'0'.repeat(64)}`)).status,
      );
    }
    expect(statuses.slice(0, 3).every((s) => s !== 429)).toBe(true);
    expect(statuses[3]).toBe(429);
  });
});
