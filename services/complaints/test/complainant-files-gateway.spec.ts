import { MailSink, uniqueId } from '@certhub/testing';
import { ComplaintFollowLink } from '../src/complaints/complaint-follow-link';
import { ComplaintsHarness, gatewayCalls } from './support/complaints-harness';

/**
 * The complainant's files (docs/domain/complaints-and-appeals.md#the-complainants-files) through
 * the gateway: a member of the public attaches files without an account, at lodging and through the
 * follow link's authorisation; the document service checks them like any upload; the CB staff
 * handling the complaint read them, the organisation complained about never does, and nobody else
 * adds to them.
 */
describe('a public complainant’s files', () => {
  let h: ComplaintsHarness;
  const users = ['cb.admin', 'analyst', 'decider', 'org.admin', 'org.member'];

  beforeAll(async () => {
    h = await ComplaintsHarness.start(users);
  }, 180_000);
  afterAll(() => h?.stop());

  const { api, ok } = gatewayCalls(() => h);

  /** The file itself as the body, without any token: what the portal's public pages send. */
  const attach = async (authorisation: string, filename: string, content: string) => {
    const res = await fetch(
      `${h.stack.service('gateway').url}/api/v1/complaint-uploads/${encodeURIComponent(authorisation)}?filename=${encodeURIComponent(filename)}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream' },
        body: new Uint8Array(Buffer.from(content)),
      },
    );
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : {} };
  };

  /** Lodged by the public about the demo organisation's certificate; the grant and the follow token. */
  async function lodge(subject: string) {
    const dossier = await h.seedDossier({ status: 'certified', certificate: 'valid' });
    const email = `${uniqueId('plaignant-')}@example.org`;
    const lodged = await ok(null, 'POST', '/complaints', {
      cbId: 'cb-demo',
      about: 'certified_organisation',
      certificateNumber: dossier.certificateNumber,
      subject,
      facts: 'Photos et courriers joints.',
      complainant: { name: 'Paul Pièces', email },
    });
    const mail = await MailSink.waitForMail(email, (m) => m.subject.includes(lodged.reference));
    const follow = mail.text?.match(/\/complaints\/follow\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/)?.[1] ?? '';
    const { items } = await ok('cb.admin', 'GET', '/complaints?pageSize=100&about=certified_organisation');
    const complaint = items.find((c: { reference: string }) => c.reference === lodged.reference);
    return { dossier, lodged, follow, complaint };
  }

  it('takes files at lodging and through the follow link, read by the staff handling it alone', async () => {
    const { dossier, lodged, follow, complaint } = await lodge('Photos du chantier');
    expect(lodged.upload).toEqual({ authorisation: expect.any(String), expiresAt: expect.any(String) });
    const first = await attach(
      lodged.upload.authorisation,
      'courrier.pdf',
      '%PDF-1.7\ncourrier du plaignant',
    );
    expect(first).toMatchObject({
      status: 201,
      body: { name: 'courrier.pdf', contextKind: 'complaint_evidence' },
    });
    // The follow page lists them and gives another authorisation while the complaint is open.
    const followed = await ok(null, 'GET', `/complaints/follow/${follow}`);
    expect(followed.files).toEqual([
      { name: 'courrier.pdf', size: first.body.size, uploadedAt: expect.any(String) },
    ]);
    const second = await attach(followed.upload.authorisation, 'relance.pdf', '%PDF-1.7\nrelance');
    expect(second.status).toBe(201);

    // Checked like any upload: the content decides, not the name.
    expect((await attach(followed.upload.authorisation, 'faux.pdf', 'just some text')).status).toBe(415);

    // The CB's administrator reads them on the complaint; the handler once named, with the dossier.
    const context = complaint.complainantFilesContextId;
    expect(context).toBe(`complaint:${complaint.id}:complainant`);
    const names = async (who: string) =>
      (await ok(who, 'GET', `/documents?contextId=${context}`)).items.map((d: { name: string }) => d.name);
    expect((await names('cb.admin')).sort()).toEqual(['courrier.pdf', 'relance.pdf']);
    expect((await api('analyst', 'GET', `/documents?contextId=${context}`)).status).toBe(404);
    await ok('cb.admin', 'POST', `/complaints/${complaint.id}/acknowledgement`, {
      version: 0,
      handlerId: h.ids['analyst'],
      dossierId: dossier.id,
    });
    expect((await names('analyst')).sort()).toEqual(['courrier.pdf', 'relance.pdf']);
    const bytes = await h.gateway.download('analyst', `/documents/${first.body.documentId}/content`);
    expect(await bytes.text()).toBe('%PDF-1.7\ncourrier du plaignant');

    // The organisation complained about (told of the complaint) never reads them, on any route.
    for (const who of ['org.admin', 'org.member', 'decider']) {
      expect((await api(who, 'GET', `/documents?contextId=${context}`)).status).toBe(404);
      expect((await api(who, 'GET', `/documents/${first.body.documentId}`)).status).toBe(404);
      expect((await h.gateway.download(who, `/documents/${first.body.documentId}/content`)).status).toBe(404);
    }
    // The staff read them but do not add to them, nor take them away: they are the complainant's.
    await expect(h.gateway.upload('cb.admin', context, 'ajout.pdf', '%PDF-1.7\najout')).rejects.toThrow(
      /403/,
    );
    expect((await api('cb.admin', 'DELETE', `/documents/${first.body.documentId}`)).status).toBe(403);
  });

  it('reads a wrong or expired authorisation like an unknown link, and takes nothing once closed', async () => {
    const { lodged, follow, complaint } = await lodge('Délais non tenus');
    const grant = lodged.upload.authorisation as string;
    const [body, signature] = grant.split('.') as [string, string];
    const forged = Buffer.from(`cb-demo/${complaint.id}/${Date.now() + 3_600_000}`).toString('base64url');
    const expired = h.app
      .get(ComplaintFollowLink)
      .uploadGrant({ _id: complaint.id, tenantId: 'cb-demo' }, new Date(Date.now() - 3 * 3_600_000));
    for (const wrong of [
      `${forged}.${signature}`,
      `${body}.${signature.slice(0, -3)}abc`,
      // The follow link opens the case, not uploads.
      follow,
      expired.authorisation,
    ])
      expect(await attach(wrong, 'piece.pdf', '%PDF-1.7\npiece')).toMatchObject({ status: 404 });
    expect(
      (await ok('cb.admin', 'GET', `/documents?contextId=${complaint.complainantFilesContextId}`)).total,
    ).toBe(0);

    await ok('cb.admin', 'POST', `/complaints/${complaint.id}/dismissal`, {
      version: 0,
      reason: 'Hors de notre activité de certification.',
    });
    expect(await attach(grant, 'tard.pdf', '%PDF-1.7\ntard')).toMatchObject({ status: 409 });
    expect((await ok(null, 'GET', `/complaints/follow/${follow}`)).upload).toBeUndefined();
  });
});
