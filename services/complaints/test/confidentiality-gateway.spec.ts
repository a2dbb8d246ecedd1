import { HTTP_OPERATIONS } from '@certhub/contracts';
import { MailSink, uniqueId, waitFor } from '@certhub/testing';
import { ComplaintsHarness, gatewayCalls } from './support/complaints-harness';

/** The complainant of this run: nobody but the CB staff handling the complaint reads these. */
const NAME = 'Hélène Témoin';
const EMAIL = `${uniqueId('temoin-')}@example.org`;
const IDENTITY = /Hélène|Témoin|temoin-/;

/**
 * Confidentiality on every read route of complaints and appeals
 * (docs/domain/complaints-and-appeals.md#confidentiality), through the gateway with the realm's
 * tokens: each route the contract gives them, and the gateway's own export, read by everyone who
 * must not read a case — anonymous callers, the organisation complained about (its administrator
 * and its member), an auditor, a member of the CB who does not handle it, another CB's
 * administrator, the platform's administrator — and what the organisation is shown instead. The
 * route list is the contract's: a read route added without its line here fails the first test.
 */
describe('complaints and appeals: who reads what, on every read route', () => {
  let h: ComplaintsHarness;
  const users = [
    'cb.admin',
    'analyst',
    'auditor',
    'decider',
    'decider2',
    'org.admin',
    'org.member',
    'platform.admin',
    'other.admin',
  ];
  let complaint: { id: string; reference: string };
  let follow: string;
  let appeal: { id: string; reference: string };
  let dossierId: string;

  const { api, ok } = gatewayCalls(() => h);

  beforeAll(async () => {
    h = await ComplaintsHarness.start(users);
    // A complaint about the demo organisation's certificate, in the analyst's charge, the
    // organisation told of it; an appeal of that organisation, in the second decider's charge.
    const dossier = await h.seedDossier({ status: 'certified', certificate: 'valid' });
    dossierId = dossier.id;
    const lodged = await ok(null, 'POST', '/complaints', {
      cbId: 'cb-demo',
      about: 'certified_organisation',
      certificateNumber: dossier.certificateNumber,
      subject: 'Prestations facturées non réalisées',
      facts: 'Facture du 3 mars pour une intervention jamais faite.',
      complainant: { name: NAME, email: EMAIL, phone: '+33 6 12 34 56 78' },
    });
    const mail = await MailSink.waitForMail(EMAIL, (m) => m.subject.includes(lodged.reference));
    follow = mail.text?.match(/\/complaints\/follow\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/)?.[1] ?? '';
    complaint = await h.receivedComplaint(lodged.reference);
    await ok('cb.admin', 'POST', `/complaints/${complaint.id}/acknowledgement`, {
      version: 0,
      handlerId: h.ids['analyst'],
      dossierId: dossier.id,
    });

    const suspended = await h.seedDossier({ status: 'certified', certificate: 'valid' });
    await ok('decider', 'POST', `/dossiers/${suspended.id}/certificate/suspension`, {
      reason: 'Réclamation',
    });
    appeal = await ok('org.admin', 'POST', '/appeals', {
      dossierId: suspended.id,
      decision: 'suspension',
      grounds: 'La suspension ignore nos preuves.',
    });
    await ok('cb.admin', 'POST', `/appeals/${appeal.id}/assignment`, {
      version: 0,
      handlerId: h.ids['decider2'],
    });
  }, 240_000);
  afterAll(() => h?.stop());

  /** Each read route, how each reader is answered: a status, or a check of what is shown. */
  type Reader = string | null;
  /** How each reader is answered a GET of `path`, reader by reader (the reader named in a failure). */
  const expectStatuses = async (path: string, expected: [Reader, number][]) => {
    for (const [who, status] of expected)
      expect([who, (await api(who, 'GET', path)).status]).toEqual([who, status]);
  };
  /** The list answers each of these readers without the record: their register leaves it out. */
  const expectNotListed = async (path: string, readers: Reader[], id: string) => {
    for (const who of readers) {
      const page = await ok(who, 'GET', path);
      expect([who, page.items.map((r: { id: string }) => r.id)]).toEqual([
        who,
        expect.not.arrayContaining([id]),
      ]);
    }
  };
  const READ_ROUTES: Record<string, () => Promise<void>> = {
    'complaints.list': async () => {
      await expectStatuses('/complaints?pageSize=100', [
        [null, 401],
        ['org.admin', 403],
        ['org.member', 403],
        ['auditor', 403],
        ['platform.admin', 403],
      ]);
      // CB staff who do not handle it, and another CB's administrator: a register without it.
      await expectNotListed('/complaints?pageSize=100', ['decider', 'decider2', 'other.admin'], complaint.id);
      // Its handler reads it, with the complainant.
      const mine = await ok('analyst', 'GET', '/complaints?pageSize=100');
      expect(mine.items.find((c: { id: string }) => c.id === complaint.id)).toMatchObject({
        complainant: { name: NAME },
      });
    },
    'complaints.get': async () => {
      await expectStatuses(`/complaints/${complaint.id}`, [
        [null, 401],
        ['org.admin', 403],
        ['org.member', 403],
        ['auditor', 403],
        ['platform.admin', 403],
        ['decider', 404],
        ['decider2', 404],
        ['other.admin', 404],
        ['analyst', 200],
        ['cb.admin', 200],
      ]);
    },
    'complaints.follow': async () => {
      // The private link shows the case, not its handling nor anyone's identity.
      const followed = await ok(null, 'GET', `/complaints/follow/${follow}`);
      expect(followed).toMatchObject({ reference: complaint.reference, status: 'investigating' });
      for (const key of ['handlerId', 'trail', 'complainant', 'facts', 'dossierId', 'organisationId'])
        expect(followed).not.toHaveProperty(key);
      // An altered link reads like an unknown one, signed in or not.
      const [body] = follow.split('.');
      for (const who of [null, 'org.admin'])
        expect((await api(who, 'GET', `/complaints/follow/${body}.${'B'.repeat(43)}`)).status).toBe(404);
    },
    'complaints.statistics': async () => {
      await expectStatuses('/complaint-statistics', [
        [null, 401],
        ['org.admin', 403],
        ['org.member', 403],
        ['auditor', 403],
        ['analyst', 403],
        ['decider', 403],
      ]);
      // Another CB's administrator reads his own register's figures, never this CB's.
      expect((await api('other.admin', 'GET', '/complaint-statistics?cbId=cb-demo')).status).toBe(403);
      expect((await ok('other.admin', 'GET', '/complaint-statistics')).complaints.total).toBe(0);
      // Figures only: nobody's identity, for the CB and for the platform.
      for (const who of ['cb.admin', 'platform.admin'])
        expect(JSON.stringify(await ok(who, 'GET', '/complaint-statistics?cbId=cb-demo'))).not.toMatch(
          IDENTITY,
        );
    },
    'complaints.statistics/export': async () => {
      for (const who of ['org.admin', 'org.member', 'auditor', 'analyst', 'decider'])
        expect([who, (await h.gateway.download(who, '/complaint-statistics/export')).status]).toEqual([
          who,
          403,
        ]);
      expect(
        (await h.gateway.download('other.admin', '/complaint-statistics/export?cbId=cb-demo')).status,
      ).toBe(403);
      // The workbook is zipped XML: its text is searched once unpacked.
      const { Workbook } = await import('exceljs');
      for (const who of ['cb.admin', 'platform.admin']) {
        const res = await h.gateway.download(who, '/complaint-statistics/export?cbId=cb-demo');
        expect([who, res.status]).toEqual([who, 200]);
        const workbook = new Workbook();
        await workbook.xlsx.load(await res.arrayBuffer());
        const text = JSON.stringify(workbook.worksheets.map((w) => w.getSheetValues()));
        expect(text).toContain(complaint.reference);
        expect(text).not.toMatch(IDENTITY);
      }
    },
    'complaints.appeals.list': async () => {
      await expectStatuses('/appeals?pageSize=100', [
        [null, 401],
        ['auditor', 403],
        ['platform.admin', 403],
      ]);
      await expectNotListed('/appeals?pageSize=100', ['decider', 'analyst', 'other.admin'], appeal.id);
      // The appellant organisation reads its own, and only its own.
      for (const who of ['org.admin', 'org.member']) {
        const page = await ok(who, 'GET', '/appeals?pageSize=100');
        expect(page.items.map((a: { id: string }) => a.id)).toContain(appeal.id);
        expect(page.items.every((a: { organisationId: string }) => a.organisationId === 'org-demo')).toBe(
          true,
        );
      }
    },
    'complaints.appeals.get': async () => {
      await expectStatuses(`/appeals/${appeal.id}`, [
        [null, 401],
        ['auditor', 403],
        ['platform.admin', 403],
        ['decider', 404],
        ['analyst', 404],
        ['other.admin', 404],
        ['decider2', 200],
        ['cb.admin', 200],
        ['org.admin', 200],
        ['org.member', 200],
      ]);
    },
  };

  it('knows every read route of complaints and appeals the contract gives', () => {
    const reads = HTTP_OPERATIONS.filter(
      (op) => op.method === 'GET' && (op.tag === 'complaints' || op.tag === 'appeals'),
    ).map((op) => op.subject);
    // The export is the gateway's own route over the statistics' filters.
    expect(Object.keys(READ_ROUTES).sort()).toEqual([...reads, 'complaints.statistics/export'].sort());
  });

  for (const route of Object.keys(READ_ROUTES))
    it(`keeps ${route} to those who may read it`, () => READ_ROUTES[route]!());

  it('tells the organisation complained about of the complaint, never who lodged it, on its own routes', async () => {
    const [told] = await waitFor(
      `the organisation told of ${complaint.reference}`,
      async () => {
        const page = await ok(
          'org.admin',
          'GET',
          `/notifications?title=${encodeURIComponent(complaint.reference)}&pageSize=100`,
        );
        return page.items.length ? page.items : undefined;
      },
      { timeoutMs: 20_000, intervalMs: 300 },
    );
    expect(JSON.stringify(told)).not.toMatch(IDENTITY);
    // Its dossier, where the notification leads, and the dossier's history say nothing of it either.
    for (const path of [`/dossiers/${dossierId}`, `/dossiers/${dossierId}/trail?pageSize=100`])
      expect(JSON.stringify(await ok('org.admin', 'GET', path))).not.toMatch(IDENTITY);
  });
});
