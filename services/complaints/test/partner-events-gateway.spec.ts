import type { EventType, Principal } from '@certhub/contracts';
import {
  EventTestClient,
  RpcTestClient,
  amarcCertificate,
  removeClients,
  uniqueId,
  waitFor,
} from '@certhub/testing';
// The partner service's own webhook endpoint and principal, as its tests use them: the complaint
// events are followed here as a partner receives them.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { partnerPrincipal } from '../../partner/test/support/partner-harness';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { WebhookReceiver } from '../../partner/test/support/webhook-receiver';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { settledFor } from '../../partner/test/support/delivery-queue';
import { ComplaintsHarness } from './support/complaints-harness';

const PLATFORM_ADMIN: Principal = {
  userId: 'u-platform-admin',
  tenantType: 'platform',
  tenantId: 'platform',
  roles: ['platform_admin'],
};

/** The steps a scheme's partner follows in the test of scopes by scheme. */
const SCHEME_STEPS: EventType[] = [
  'certhub.complaint.lodged.v1',
  'certhub.complaint.acknowledged.v1',
  'certhub.complaint.organisation_informed.v1',
  'certhub.appeal.lodged.v1',
];

const COMPLAINT_STEPS: EventType[] = [
  'certhub.complaint.lodged.v1',
  'certhub.complaint.acknowledged.v1',
  'certhub.complaint.organisation_informed.v1',
  'certhub.complaint.action_taken.v1',
  'certhub.appeal.lodged.v1',
];

/**
 * The steps of complaints and appeals as partners receive them (docs/domain/partners.md,
 * docs/domain/complaints-and-appeals.md#confidentiality): a partner of the CB gets each step of a
 * complaint lodged by the public, without the complainant; a partner following the organisation
 * complained about (by SIREN) gets its certificate's suspension, never the complaint nor the appeal.
 * The real complaints, dossier and partner services, the gateway with the realm's tokens.
 */
describe('complaint and appeal events for partners', () => {
  let h: ComplaintsHarness;
  let rpc: RpcTestClient;
  let bus: EventTestClient;
  const receivers: WebhookReceiver[] = [];
  const partnerOf = new Map<WebhookReceiver, string>();
  const clientIds: string[] = [];
  const users = ['cb.admin', 'decider', 'org.admin'];

  beforeAll(async () => {
    h = await ComplaintsHarness.start(users, ['partner', 'certificate']);
    rpc = await RpcTestClient.connect(h.stack.nats.url);
    bus = await EventTestClient.connect(h.stack.nats.url);
  }, 180_000);
  afterAll(async () => {
    await Promise.allSettled([removeClients(clientIds), ...receivers.map((r) => r.stop())]);
    await Promise.allSettled([rpc?.close(), bus?.close()]);
    await h?.stop();
  });

  /** A partner of that scope, subscribed by webhook to these types: what its endpoint receives. */
  async function partner(
    scope: { cbId?: string; schemeId?: string; sirens?: string[] },
    eventTypes: EventType[],
  ): Promise<WebhookReceiver> {
    const created = await rpc.call(
      'partner.clients.create',
      { name: uniqueId('Partner '), scope },
      PLATFORM_ADMIN,
    );
    clientIds.push(created.partner.clientId);
    const receiver = await WebhookReceiver.start();
    receivers.push(receiver);
    partnerOf.set(receiver, created.partner.id);
    await rpc.call(
      'partner.subscriptions.create',
      { eventTypes: eventTypes as never, delivery: { kind: 'webhook', url: receiver.url } },
      partnerPrincipal(created.partner),
    );
    return receiver;
  }

  const received = (r: WebhookReceiver, reference: string) =>
    r.requests.filter((q) => (q.event.data as { reference?: string }).reference === reference);

  /** What `r` received about `reference`, once it holds at least `count` events. */
  const receivedAtLeast = (r: WebhookReceiver, reference: string, count: number, what: string) =>
    waitFor(
      what,
      async () => {
        const got = received(r, reference);
        return got.length >= count ? got : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 300 },
    );

  const settled = (r: WebhookReceiver) => settledFor(bus.jsm, partnerOf.get(r) ?? '');

  it('tells the CB’s partner each step of a complaint, never the complainant; the SIREN’s partner nothing of it', async () => {
    const dossier = await h.seedDossier({ status: 'certified', certificate: 'valid' });
    // The partner service learns the organisation's SIREN as the identity service tells it.
    await bus.emit(
      'certhub.organisation.registered.v1',
      { organisationId: 'org-demo', siren: '901234567', name: 'Démo', adminUserId: uniqueId('u') },
      { source: 'certhub/identity', tenantId: 'org-demo' },
    );
    const ofCb = await partner({ cbId: 'cb-demo' }, COMPLAINT_STEPS);
    const ofSiren = await partner({ sirens: ['901234567'] }, [
      ...COMPLAINT_STEPS,
      'certhub.certificate.suspended.v1',
    ]);

    const email = `${uniqueId('plaignant-')}@example.org`;
    const { reference } = await h.gateway.ok(null, 'POST', '/complaints', {
      cbId: 'cb-demo',
      about: 'certified_organisation',
      certificateNumber: dossier.certificateNumber,
      subject: 'Label affiché sans certificat valide',
      facts: 'Le label est affiché en vitrine.',
      complainant: { name: 'Agnès Discrète', email },
    });
    const complaint = await h.receivedComplaint(reference);
    await h.gateway.ok('cb.admin', 'POST', `/complaints/${complaint.id}/acknowledgement`, {
      version: 0,
      handlerId: h.ids['decider'],
      dossierId: dossier.id,
    });
    await h.gateway.ok('decider', 'POST', `/complaints/${complaint.id}/suspension`, {
      version: 1,
      reason: 'Label affiché pendant la suspension',
    });

    const steps = await receivedAtLeast(
      ofCb,
      reference,
      4,
      `the CB's partner told of ${reference}'s four steps`,
    );
    expect(steps.map((q) => q.event.type)).toEqual([
      'certhub.complaint.lodged.v1',
      'certhub.complaint.acknowledged.v1',
      'certhub.complaint.organisation_informed.v1',
      'certhub.complaint.action_taken.v1',
    ]);
    const bodies = received(ofCb, reference)
      .map((q) => q.body)
      .join('\n');
    expect(bodies).not.toMatch(/Agnès|Discrète|example\.org|Label affiché|vitrine/);
    // The organisation's notice names the complaint and the dossier, never the complainant's words.
    const informed = received(ofCb, reference).find(
      (q) => q.event.type === 'certhub.complaint.organisation_informed.v1',
    );
    expect(Object.keys(informed?.event.data as object).sort()).toEqual(
      ['cbId', 'complaintId', 'dossierId', 'organisationId', 'reference', 'schemeId'].sort(),
    );

    // The SIREN's partner is told of the suspension (its scope reaches the organisation)…
    await waitFor(
      'the SIREN partner told of the suspension',
      async () =>
        ofSiren.requests.find(
          (q) =>
            q.event.type === 'certhub.certificate.suspended.v1' &&
            (q.event.data as { number?: string }).number === dossier.certificateNumber,
        ),
      { timeoutMs: 30_000, intervalMs: 300 },
    );
    // …and the organisation appeals: the CB's partner hears of it, the SIREN's partner does not.
    const appeal = await h.gateway.ok('org.admin', 'POST', '/appeals', {
      dossierId: dossier.id,
      decision: 'suspension',
      grounds: 'Le label a été retiré de la vitrine le jour même.',
    });
    await receivedAtLeast(ofCb, appeal.reference, 1, `the CB's partner told of ${appeal.reference}`);
    // Fanned out together: what the CB's partner got, the SIREN's partner was weighed for.
    await settled(ofSiren);
    expect(received(ofSiren, reference)).toEqual([]);
    expect(received(ofSiren, appeal.reference)).toEqual([]);
  });

  it('tells a partner scoped to a scheme the complaints and appeals of that scheme, never another’s', async () => {
    const amarc = await h.seedDossier({ status: 'certified', certificate: 'valid' });
    const label = await h.seedDossier({ status: 'certified', certificate: 'valid' });
    await h.dossiers
      .collection('dossiers')
      .updateOne({ _id: label.id as never }, { $set: { schemeId: 'label-engagement' } });
    // The certificate service knows the AMARC certificate: a complaint naming it states its scheme
    // from its lodging on.
    await bus.emit(
      'certhub.certificate.issued.v1',
      amarcCertificate({
        number: amarc.certificateNumber,
        dossierId: amarc.id,
        organisationId: 'org-demo',
        cbId: 'cb-demo',
        schemeVersion: '2024.1',
      }),
      { source: 'certhub/dossier', tenantId: 'cb-demo' },
    );
    await waitFor(
      'the certificate verifiable',
      () =>
        h.gateway
          .ok(null, 'GET', `/public/certificates/verify/${amarc.certificateNumber}`)
          .catch(() => undefined),
      { timeoutMs: 30_000, intervalMs: 300 },
    );
    const ofAmarc = await partner({ schemeId: 'amarc' }, SCHEME_STEPS);
    const ofLabel = await partner({ schemeId: 'label-engagement' }, SCHEME_STEPS);

    const { reference } = await h.gateway.ok(null, 'POST', '/complaints', {
      cbId: 'cb-demo',
      about: 'certified_organisation',
      certificateNumber: amarc.certificateNumber,
      subject: 'Réponses hors délai',
      facts: 'Trois relances sans réponse.',
      complainant: { name: 'Paul Portée', email: `${uniqueId('portee-')}@example.org` },
    });
    const complaint = await h.receivedComplaint(reference);
    await h.gateway.ok('cb.admin', 'POST', `/complaints/${complaint.id}/acknowledgement`, {
      version: 0,
      handlerId: h.ids['decider'],
      dossierId: amarc.id,
    });
    // The label dossier's organisation appeals a finding's classification.
    const finding = await h.seedFinding(label.id, 'major');
    const appeal = await h.gateway.ok('org.admin', 'POST', '/appeals', {
      dossierId: label.id,
      decision: 'finding_classification',
      findingId: finding.id,
      grounds: 'Un affichage incomplet est un écart mineur.',
    });

    const amarcSteps = await receivedAtLeast(
      ofAmarc,
      reference,
      3,
      `the AMARC partner told of ${reference}'s three steps`,
    );
    expect(amarcSteps.map((q) => q.event.type)).toEqual([
      'certhub.complaint.lodged.v1',
      'certhub.complaint.acknowledged.v1',
      'certhub.complaint.organisation_informed.v1',
    ]);
    const [told] = await receivedAtLeast(
      ofLabel,
      appeal.reference,
      1,
      `the label partner told of ${appeal.reference}`,
    );
    expect(told.event).toMatchObject({
      type: 'certhub.appeal.lodged.v1',
      data: { schemeId: 'label-engagement', dossierId: label.id },
    });
    // Fanned out in order: once each partner heard of its scheme's last event, it was weighed for the
    // other scheme's events too.
    await Promise.all([settled(ofLabel), settled(ofAmarc)]);
    expect(received(ofLabel, reference)).toEqual([]);
    expect(received(ofAmarc, appeal.reference)).toEqual([]);
  });
});
