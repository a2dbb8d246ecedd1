import { MailSink, uniqueId, waitFor } from '@certhub/testing';
import { Workbook } from 'exceljs';
import { WatchDeadlines } from '../src/complaints/watch-deadlines/watch-deadlines.usecase';
import { ComplaintsHarness, gatewayCalls } from './support/complaints-harness';

const day = (offset: number): string => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

interface Entry {
  title: string;
  content: string;
  link?: string;
}

/**
 * The two journeys of docs/domain/complaints-and-appeals.md through the gateway, with the realm's
 * real tokens: a member of the public complains from a certificate's page → acknowledged →
 * investigated → a complementary audit opened → closed with the answer mailed; an organisation
 * appeals a suspension → the decider refused as handler → another person → upheld → certificate
 * reinstated. Confidentiality is checked on every read route on the way.
 */
describe('complaints and appeals journeys', () => {
  let h: ComplaintsHarness;
  const users = ['cb.admin', 'analyst', 'auditor', 'decider', 'decider2', 'org.admin', 'platform.admin'];

  beforeAll(async () => {
    h = await ComplaintsHarness.start(users);
  }, 180_000);
  afterAll(() => h?.stop());

  const { api, ok } = gatewayCalls(() => h);
  const inbox = (who: string, reference: string) =>
    waitFor(
      `a notification of ${who} about ${reference}`,
      async () => {
        const page = (await ok(
          who,
          'GET',
          `/notifications?title=${encodeURIComponent(reference)}&pageSize=100`,
        )) as {
          items: Entry[];
        };
        return page.items.length ? page.items : undefined;
      },
      { timeoutMs: 20_000, intervalMs: 300 },
    );

  it('takes a public complaint from the certificate to a complementary audit and a mailed answer', async () => {
    const dossier = await h.seedDossier({ status: 'certified', certificate: 'valid' });
    const email = `${uniqueId('plaignant-')}@example.org`;
    const lodged = await api(null, 'POST', '/complaints', {
      cbId: 'cb-demo',
      about: 'certified_organisation',
      certificateNumber: dossier.certificateNumber,
      subject: 'Engagements de service non tenus',
      facts: 'Aucune réponse à mes trois courriers depuis mars.',
      complainant: { name: 'Marie Plaignante', email },
    });
    expect(lodged.status).toBe(201);
    const { reference } = lodged.body;

    // The acknowledgement mail carries the private link, which shows this case and nothing internal.
    const received = await MailSink.waitForMail(email, (m) => m.subject.includes(reference));
    const link = received.text?.match(/\/complaints\/follow\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/)?.[1];
    expect(link).toBeDefined();
    const followed = await ok(null, 'GET', `/complaints/follow/${link}`);
    expect(followed).toEqual({
      reference,
      subject: 'Engagements de service non tenus',
      status: 'received',
      receivedAt: expect.any(String),
      acknowledgeBy: day(10),
      answerBy: day(60),
      files: [],
      upload: { authorisation: expect.any(String), expiresAt: expect.any(String) },
    });
    const forged = `${link!.split('.')[0]}.${'A'.repeat(43)}`;
    expect((await api(null, 'GET', `/complaints/follow/${forged}`)).status).toBe(404);

    const complaint = await h.receivedComplaint(reference);
    // Another dossier than the certificate's is refused; the certificate's is taken.
    const other = await h.seedDossier({ status: 'certified', certificate: 'valid' });
    const acknowledgement = { version: 0, handlerId: h.ids['analyst'], dossierId: other.id };
    expect(
      await api('cb.admin', 'POST', `/complaints/${complaint.id}/acknowledgement`, acknowledgement),
    ).toMatchObject({ status: 422, body: { errors: [{ field: 'dossierId' }] } });
    const taken = await ok('cb.admin', 'POST', `/complaints/${complaint.id}/acknowledgement`, {
      ...acknowledgement,
      dossierId: dossier.id,
    });
    expect(taken).toMatchObject({
      status: 'investigating',
      dossierId: dossier.id,
      organisationId: 'org-demo',
    });

    // The organisation is told of the complaint, never of who lodged it.
    const [told] = await inbox('org.admin', reference);
    expect(told!.content).not.toMatch(/Marie|Plaignante|example\.org/);

    // Its handler opens a complementary audit through the dossier lifecycle.
    const audited = await ok('analyst', 'POST', `/complaints/${complaint.id}/complementary-audit`, {
      version: 1,
      type: 'complementary_on_site',
      startDate: day(45),
      endDate: day(45),
      auditorIds: [h.ids['auditor']],
    });
    expect(audited.actions).toEqual([
      expect.objectContaining({
        kind: 'complementary_audit',
        dossierId: dossier.id,
        auditId: expect.any(String),
      }),
    ]);
    expect(await ok('analyst', 'GET', `/dossiers/${dossier.id}`)).toMatchObject({ status: 'audit_planned' });

    const closed = await ok('analyst', 'POST', `/complaints/${complaint.id}/answer`, {
      version: 2,
      outcome: 'upheld',
      answer: 'Un audit complémentaire sur site a été programmé chez l’organisation.',
    });
    expect(closed.trail.map((t: { action: string }) => t.action)).toEqual([
      'lodge',
      'acknowledge',
      'act',
      'answer',
    ]);
    const answered = await MailSink.waitForMail(email, (m) => m.subject.includes('Réponse'));
    expect(answered.text).toContain('Un audit complémentaire sur site a été programmé');
    expect(await ok(null, 'GET', `/complaints/follow/${link}`)).toMatchObject({
      status: 'closed',
      outcome: 'upheld',
    });
  });

  /** A complaint the public lodges about the CB itself; its id, as the CB's register lists it. */
  async function lodgeAboutCb(subject: string, facts: string, complainant: { name: string; email: string }) {
    const lodged = await ok(null, 'POST', '/complaints', {
      cbId: 'cb-demo',
      about: 'certification_body',
      subject,
      facts,
      complainant,
    });
    const { items } = await ok('cb.admin', 'GET', '/complaints?pageSize=100&about=certification_body');
    return items.find((c: { reference: string }) => c.reference === lodged.reference).id as string;
  }

  it('keeps a complaint to the CB staff handling it on every read route', async () => {
    const id = await lodgeAboutCb('Délais de l’organisme', 'Rapport reçu avec trois mois de retard.', {
      name: 'Paul Confidentiel',
      email: 'paul@example.org',
    });
    for (const who of ['analyst', 'decider'])
      expect((await api(who, 'GET', `/complaints/${id}`)).status).toBe(404);
    for (const who of ['org.admin', 'auditor']) {
      expect((await api(who, 'GET', `/complaints/${id}`)).status).toBe(403);
      expect((await api(who, 'GET', '/complaints')).status).toBe(403);
      expect((await api(who, 'GET', '/complaint-statistics')).status).toBe(403);
    }
    expect((await api(null, 'GET', '/complaints')).status).toBe(401);
    const analystList = await ok('analyst', 'GET', '/complaints?pageSize=100');
    expect(analystList.items.map((c: { id: string }) => c.id)).not.toContain(id);
  });

  it('keeps a complaint’s evidence to the staff handling it, and closes it with the complaint', async () => {
    const id = await lodgeAboutCb('Pièces à l’appui', 'Courriers joints.', {
      name: 'Léa Pièces',
      email: 'lea@example.org',
    });
    const taken = await ok('cb.admin', 'POST', `/complaints/${id}/acknowledgement`, {
      version: 0,
      handlerId: h.ids['analyst'],
    });
    const context = taken.evidenceContextId;
    expect(context).toBe(`complaint:${id}:evidence`);
    const documentId = await h.gateway.upload('analyst', context, 'courrier.pdf', '%PDF-1.7\ncourrier');
    const listed = await ok('cb.admin', 'GET', `/documents?contextId=${context}`);
    expect(listed.items.map((d: { documentId: string }) => d.documentId)).toEqual([documentId]);
    // Nobody else: another member of the CB, the organisations.
    for (const who of ['decider', 'org.admin'])
      expect((await api(who, 'GET', `/documents?contextId=${context}`)).status).toBe(404);
    await ok('analyst', 'POST', `/complaints/${id}/answer`, {
      version: 1,
      outcome: 'not_upheld',
      answer: 'Les courriers ont été traités dans les délais.',
    });
    await expect(h.gateway.upload('analyst', context, 'tard.pdf', '%PDF-1.7\ntard')).rejects.toThrow(/409/);
  });

  it('reports an overdue complaint once, in its trail and to the CB, as the clock moves', async () => {
    const lodged = await ok(null, 'POST', '/complaints', {
      cbId: 'cb-demo',
      about: 'other',
      subject: 'Relance',
      facts: 'Personne ne me répond.',
      complainant: { name: 'Jean Relance', email: 'jean@example.org' },
    });
    const watch = h.app.get(WatchDeadlines);
    expect(await watch.runOnce(new Date())).toBe(0);
    const later = new Date(`${day(11)}T08:00:00Z`);
    expect(await watch.runOnce(later)).toBeGreaterThanOrEqual(1);
    expect(await watch.runOnce(later)).toBe(0);
    // The register's overdue filter reads today's date: this one is not late yet in real time.
    const { items } = await ok('cb.admin', 'GET', '/complaints?overdue=false&about=other&pageSize=100');
    const complaint = items.find((c: { reference: string }) => c.reference === lodged.reference);
    const detail = await ok('cb.admin', 'GET', `/complaints/${complaint.id}`);
    expect(detail.trail.filter((t: { action: string }) => t.action === 'overdue')).toHaveLength(1);
    // Not a change of the complaint: its version stays for the next step.
    expect(detail.version).toBe(0);
    const [reminder] = await inbox('cb.admin', lodged.reference);
    expect(reminder!.title).toContain(lodged.reference);
  });

  it('hands an appeal against a suspension to someone impartial and reinstates the certificate', async () => {
    const dossier = await h.seedDossier({ status: 'certified', certificate: 'valid' });
    await ok('decider', 'POST', `/dossiers/${dossier.id}/certificate/suspension`, {
      reason: 'Réclamation fondée : engagements non tenus',
    });
    const grounds = {
      dossierId: dossier.id,
      grounds: 'Les engagements sont tenus depuis avril, preuves jointes.',
    };
    expect(await api('org.admin', 'POST', '/appeals', { ...grounds, decision: 'withdrawal' })).toMatchObject({
      status: 422,
      body: { errors: [{ field: 'decision' }] },
    });
    const appeal = await ok('org.admin', 'POST', '/appeals', { ...grounds, decision: 'suspension' });
    expect(appeal).toMatchObject({ status: 'lodged', reference: expect.stringMatching(/-A\d{4}-\d{5}$/) });
    expect((await api('org.admin', 'POST', '/appeals', { ...grounds, decision: 'suspension' })).status).toBe(
      409,
    );

    // Nobody who took part in the dossier handles the appeal: its decider, its analyst.
    for (const who of ['decider', 'analyst'])
      expect(
        await api('cb.admin', 'POST', `/appeals/${appeal.id}/assignment`, {
          version: 0,
          handlerId: h.ids[who],
        }),
      ).toMatchObject({
        status: 422,
        body: { errors: [{ field: 'handlerId', code: 'handler_not_impartial' }] },
      });
    const assigned = await ok('cb.admin', 'POST', `/appeals/${appeal.id}/assignment`, {
      version: 0,
      handlerId: h.ids['decider2'],
    });
    expect(assigned).toMatchObject({ status: 'investigating', handlerId: h.ids['decider2'] });

    // The appellant reads its appeal; CB staff not handling it do not, the auditor not at all.
    expect((await api('org.admin', 'GET', `/appeals/${appeal.id}`)).status).toBe(200);
    expect((await api('decider', 'GET', `/appeals/${appeal.id}`)).status).toBe(404);
    expect((await api('auditor', 'GET', `/appeals/${appeal.id}`)).status).toBe(403);

    const upheld = await ok('decider2', 'POST', `/appeals/${appeal.id}/upholding`, {
      version: 1,
      answer: 'Les preuves montrent que les engagements sont tenus.',
    });
    expect(upheld.status).toBe('upheld');
    const reviewed = await ok('decider2', 'POST', `/appeals/${appeal.id}/review`, {
      version: 2,
      reason: 'Suspension levée après recours',
    });
    expect(reviewed.trail.map((t: { action: string }) => t.action)).toEqual([
      'lodge',
      'assign',
      'uphold',
      'review',
    ]);
    expect(await ok('analyst', 'GET', `/dossiers/${dossier.id}`)).toMatchObject({
      status: 'certified',
      certificate: { status: 'valid' },
    });
    const [decided] = await inbox('org.admin', appeal.reference);
    expect(decided!.title).toContain(appeal.reference);
  });

  it('counts the register for the CB and for the platform', async () => {
    const mine = await ok('cb.admin', 'GET', '/complaint-statistics');
    expect(mine.complaints.total).toBeGreaterThanOrEqual(3);
    expect(mine.complaints.byStatus['closed']).toBeGreaterThanOrEqual(1);
    expect(mine.complaints.byOutcome['upheld']).toBeGreaterThanOrEqual(1);
    expect(mine.complaints.meanDaysToClose).toEqual(expect.any(Number));
    expect(mine.appeals.byDecision['suspension']).toBeGreaterThanOrEqual(1);
    expect((await api('cb.admin', 'GET', '/complaint-statistics?cbId=cb-other')).status).toBe(403);
    const platform = await ok('platform.admin', 'GET', '/complaint-statistics?cbId=cb-demo');
    expect(platform.complaints.total).toBe(mine.complaints.total);
  });

  it('exports the register as a workbook for the CB, without the complainants', async () => {
    const res = await h.gateway.download('cb.admin', '/complaint-statistics/export');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Figures', 'Complaints', 'Appeals']);
    const complaints = workbook.getWorksheet('Complaints')!;
    expect(complaints.rowCount).toBeGreaterThanOrEqual(4);
    const cells = JSON.stringify(complaints.getSheetValues());
    expect(cells).not.toMatch(/Marie|Paul Confidentiel|example\.org/);
    expect(workbook.getWorksheet('Appeals')!.getRow(2).getCell(6).value).toBe('suspension');
    for (const who of ['analyst', 'org.admin'])
      expect((await h.gateway.download(who, '/complaint-statistics/export')).status).toBe(403);
  });
});
