import { EventTestClient, amarcCertificate, serviceDatabase, uniqueId, waitFor } from '@certhub/testing';
import type { Connection } from 'mongoose';
import { ComplaintsHarness, gatewayCalls } from './support/complaints-harness';

const day = (offset: number): string => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

/** The deadlines the scheme published for this run: none of them the platform's. */
const RULES = { acknowledgeWithinDays: 3, answerWithinDays: 20, appealWithinDays: 5 };
/** Those of a later version of the scheme, in force now: never those of a case about the earlier one. */
const LATER_RULES = { acknowledgeWithinDays: 7, answerWithinDays: 45, appealWithinDays: 15 };

/**
 * Deadlines per scheme and the overdue list (docs/domain/complaints-and-appeals.md#deadlines),
 * through the gateway: the platform's administrator publishes two versions of a scheme with their
 * own complaint and appeal deadlines; a complaint about a certificate or a dossier of the earlier
 * version follows that version's deadlines, not those of the later one in force, and so does an
 * appeal (lodged within its period, refused after it); a case past its deadline is in the
 * register's overdue list, flagged, and out of the list of those on time. The certificate service
 * tells the complaints service which version a certificate was issued under.
 */
describe('a scheme’s own complaint and appeal deadlines, and the overdue list', () => {
  let h: ComplaintsHarness;
  let bus: EventTestClient;
  let complaints: Connection;
  let version: string;
  const users = ['cb.admin', 'analyst', 'decider', 'org.admin', 'platform.admin'];

  const { ok } = gatewayCalls(() => h);

  beforeAll(async () => {
    h = await ComplaintsHarness.start(users, ['certificate']);
    bus = await EventTestClient.connect(h.stack.nats.url);
    complaints = await serviceDatabase(h.stack, 'complaints');
    const {
      publishedAt: _at,
      publishedBy: _by,
      ...scheme
    } = await ok('platform.admin', 'GET', '/schemes/amarc');
    version = `${new Date().getUTCFullYear() + 50}.1`;
    await ok('platform.admin', 'POST', '/schemes', { ...scheme, version, complaints: RULES });
    const later = `${new Date().getUTCFullYear() + 51}.1`;
    await ok('platform.admin', 'POST', '/schemes', { ...scheme, version: later, complaints: LATER_RULES });
    expect(await ok('platform.admin', 'GET', '/schemes/amarc')).toMatchObject({
      version: later,
      complaints: LATER_RULES,
    });
  }, 180_000);
  afterAll(async () => {
    await Promise.allSettled([complaints?.close(), bus?.close()]);
    await h?.stop();
  });

  /** A certified dossier of the scheme's new version. */
  async function dossierOfScheme() {
    const dossier = await h.seedDossier({ status: 'certified', certificate: 'valid' });
    await h.dossiers
      .collection('dossiers')
      .updateOne({ _id: dossier.id as never }, { $set: { schemeVersion: version } });
    return dossier;
  }

  it('answers a complaint within the delay of the scheme of the dossier it is about', async () => {
    const dossier = await dossierOfScheme();
    const lodged = await ok(null, 'POST', '/complaints', {
      cbId: 'cb-demo',
      about: 'certified_organisation',
      organisationName: 'Organisation de démonstration',
      subject: 'Engagements non tenus',
      facts: 'Aucune réponse depuis mars.',
      complainant: { name: 'Rose Délai', email: `${uniqueId('delai-')}@example.org` },
    });
    // No certificate named: the platform's delay to take it in charge, until the CB names the dossier.
    expect(lodged.acknowledgeBy).toBe(day(10));
    const complaint = await h.receivedComplaint(lodged.reference);
    expect(complaint.answerBy).toBe(day(60));
    const taken = await ok('cb.admin', 'POST', `/complaints/${complaint.id}/acknowledgement`, {
      version: 0,
      handlerId: h.ids['analyst'],
      dossierId: dossier.id,
    });
    expect(taken).toMatchObject({ schemeId: 'amarc', answerBy: day(RULES.answerWithinDays) });
  });

  it('takes in charge and answers a complaint naming a certificate within the delays of the version it was issued under', async () => {
    const dossier = await dossierOfScheme();
    // The certificate as the dossier service issued it, under the earlier version: indexed by the
    // certificate service, whose public verification names that version.
    await bus.emit(
      'certhub.certificate.issued.v1',
      amarcCertificate({
        number: dossier.certificateNumber,
        dossierId: dossier.id,
        organisationId: 'org-demo',
        cbId: 'cb-demo',
        schemeVersion: version,
      }),
      { source: 'certhub/dossier', tenantId: 'cb-demo' },
    );
    await waitFor(
      'the certificate verifiable',
      () =>
        ok(null, 'GET', `/public/certificates/verify/${dossier.certificateNumber}`).catch(() => undefined),
      { timeoutMs: 30_000, intervalMs: 300 },
    );
    const lodged = await ok(null, 'POST', '/complaints', {
      cbId: 'cb-demo',
      about: 'certified_organisation',
      certificateNumber: dossier.certificateNumber,
      subject: 'Engagements non tenus',
      facts: 'Aucune réponse depuis mars.',
      complainant: { name: 'Rose Délai', email: `${uniqueId('delai-')}@example.org` },
    });
    expect(lodged.acknowledgeBy).toBe(day(RULES.acknowledgeWithinDays));
    const complaint = await h.receivedComplaint(lodged.reference);
    expect(complaint).toMatchObject({ schemeId: 'amarc', answerBy: day(RULES.answerWithinDays) });
    // Named when taken in charge, the dossier keeps the certificate's deadlines.
    const taken = await ok('cb.admin', 'POST', `/complaints/${complaint.id}/acknowledgement`, {
      version: 0,
      handlerId: h.ids['analyst'],
      dossierId: dossier.id,
    });
    expect(taken).toMatchObject({ schemeId: 'amarc', answerBy: day(RULES.answerWithinDays) });
  });

  it('takes a complaint naming a certificate of a version the catalogue does not know, with the version in force', async () => {
    const number = `CH-UNK-${uniqueId('n').slice(-8).toUpperCase()}`;
    await bus.emit(
      'certhub.certificate.issued.v1',
      amarcCertificate({ number, organisationId: 'org-demo', cbId: 'cb-demo', schemeVersion: '1999.9' }),
      { source: 'certhub/dossier', tenantId: 'cb-demo' },
    );
    await waitFor(
      'the certificate verifiable',
      () => ok(null, 'GET', `/public/certificates/verify/${number}`).catch(() => undefined),
      { timeoutMs: 30_000, intervalMs: 300 },
    );
    const lodged = await ok(null, 'POST', '/complaints', {
      cbId: 'cb-demo',
      about: 'certified_organisation',
      certificateNumber: number,
      subject: 'Engagements non tenus',
      facts: 'Aucune réponse depuis mars.',
      complainant: { name: 'Rose Délai', email: `${uniqueId('delai-')}@example.org` },
    });
    expect(lodged.acknowledgeBy).toBe(day(LATER_RULES.acknowledgeWithinDays));
  });

  it('takes an appeal within the scheme’s period, answered within its delay, and refuses it after', async () => {
    const dossier = await dossierOfScheme();
    const appeal = (findingId: string) =>
      h.gateway.api('org.admin', 'POST', '/appeals', {
        dossierId: dossier.id,
        decision: 'finding_classification',
        findingId,
        grounds: 'Un affichage incomplet est un écart mineur.',
      });
    const late = await h.seedFinding(dossier.id, 'major', RULES.appealWithinDays + 1);
    expect(await appeal(late.id)).toMatchObject({
      status: 422,
      body: { errors: [{ field: 'decision', message: expect.stringContaining('(5 days)') }] },
    });
    const inTime = await h.seedFinding(dossier.id, 'major', RULES.appealWithinDays);
    expect(await appeal(inTime.id)).toMatchObject({
      status: 201,
      body: { status: 'lodged', answerBy: day(RULES.answerWithinDays) },
    });
  });

  it('lists the cases past their deadline as overdue, and only them', async () => {
    const lodge = async (subject: string) =>
      (
        await ok(null, 'POST', '/complaints', {
          cbId: 'cb-demo',
          about: 'other',
          subject,
          facts: 'Relances sans réponse.',
          complainant: { name: 'Yves Retard', email: `${uniqueId('retard-')}@example.org` },
        })
      ).reference as string;
    const [late, onTime] = [await lodge('En retard'), await lodge('À l’heure')];
    // Lodged twelve days ago, as far as its deadline goes.
    await complaints
      .collection('complaints')
      .updateOne({ reference: late }, { $set: { acknowledgeBy: day(-2), answerBy: day(48) } });
    const references = async (query: string) =>
      (await ok('cb.admin', 'GET', `/complaints?about=other&pageSize=100&${query}`)).items.map(
        (c: { reference: string; overdue: boolean }) => `${c.reference}:${c.overdue}`,
      );
    const overdue = await references('overdue=true');
    expect(overdue).toContain(`${late}:true`);
    expect(overdue.join()).not.toContain(onTime);
    const inTime = await references('overdue=false');
    expect(inTime).toContain(`${onTime}:false`);
    expect(inTime.join()).not.toContain(late);
    // Taken in charge, its next deadline (the answer's) is not past: no longer overdue.
    const { items } = await ok('cb.admin', 'GET', `/complaints?about=other&overdue=true&pageSize=100`);
    const id = items.find((c: { reference: string }) => c.reference === late).id;
    await ok('cb.admin', 'POST', `/complaints/${id}/acknowledgement`, {
      version: 0,
      handlerId: h.ids['analyst'],
    });
    expect((await references('overdue=true')).join()).not.toContain(late);
  });
});
