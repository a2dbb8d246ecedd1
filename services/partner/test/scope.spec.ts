import type { CloudEvent, EventType } from '@certhub/contracts';
import { uniqueId, waitFor } from '@certhub/testing';
import { PartnerHarness } from './support/partner-harness';
import {
  certificateIssued,
  certificateStatusChanged,
  newDossier,
  newSiren,
  organisationRegistered,
  statusChanged,
} from './support/events';
import { WebhookReceiver } from './support/webhook-receiver';

const TYPES: EventType[] = [
  'certhub.dossier.status_changed.v1',
  'certhub.certificate.issued.v1',
  'certhub.certificate.suspended.v1',
];

describe('partner scope', () => {
  let h: PartnerHarness;
  const receivers: WebhookReceiver[] = [];

  beforeAll(async () => {
    h = await PartnerHarness.start();
  }, 120_000);
  afterAll(async () => {
    await Promise.all(receivers.map((r) => r.stop()));
    await h?.stop();
  });

  async function partnerWithWebhook(
    scope: Parameters<PartnerHarness['createPartner']>[0],
    subscriptionScope: { cbId?: string; schemeId?: string } = {},
  ) {
    const created = await h.createPartner(scope);
    const receiver = await WebhookReceiver.start();
    receivers.push(receiver);
    await h.call(
      'partner.subscriptions.create',
      { eventTypes: TYPES, scope: subscriptionScope, delivery: { kind: 'webhook', url: receiver.url } },
      created.principal,
    );
    return { ...created, receiver };
  }

  it('delivers to each partner the events of its scope and never one outside it', async () => {
    const [cb1, cb2] = [uniqueId('cb'), uniqueId('cb')];
    const [sirenA, sirenB] = [newSiren(), newSiren()];
    const [orgA, orgB, orgC] = [uniqueId('org'), uniqueId('org'), uniqueId('org')];
    const ofCb1 = await partnerWithWebhook({ cbId: cb1 });
    const ofSirenB = await partnerWithWebhook({ sirens: [sirenB] });
    // Unrestricted partner, narrowed by its subscription to one CB and one scheme.
    const narrowed = await partnerWithWebhook({}, { cbId: cb2, schemeId: 'label' });

    const cb1OrgA = statusChanged(newDossier(cb1, orgA), 'draft', 'submitted');
    const cb2OrgB = statusChanged(newDossier(cb2, orgB), 'draft', 'submitted');
    const cb1OrgB = statusChanged(newDossier(cb1, orgB), 'draft', 'submitted');
    const cb2Label = statusChanged(newDossier(cb2, orgC, 'label'), 'draft', 'submitted');
    const issuedB = certificateIssued({ ref: newDossier(cb2, orgB), siren: sirenB });
    const suspendedB = certificateStatusChanged('certhub.certificate.suspended.v1', issuedB);
    const issuedA = certificateIssued({ ref: newDossier(cb1, orgA), siren: sirenA });
    // Known to nobody's SIREN list: the SIREN of orgC was never learnt.
    const unknownOrg = statusChanged(newDossier(cb2, orgC), 'draft', 'submitted');
    const sentinel = statusChanged(newDossier(cb2, orgB, 'label'), 'draft', 'submitted');
    await h.publish(
      organisationRegistered(orgA, sirenA),
      organisationRegistered(orgB, sirenB),
      cb1OrgA,
      cb2OrgB,
      cb1OrgB,
      cb2Label,
      issuedB,
      suspendedB,
      issuedA,
      unknownOrg,
      sentinel,
    );

    const expected = new Map<WebhookReceiver, CloudEvent[]>([
      [ofCb1.receiver, [cb1OrgA, cb1OrgB, issuedA]],
      [ofSirenB.receiver, [cb2OrgB, cb1OrgB, issuedB, suspendedB, sentinel]],
      [narrowed.receiver, [cb2Label, sentinel]],
    ]);
    // The sentinel was fanned out after every other event: once delivered, nothing else is queued.
    await waitFor('the sentinel to be delivered', () =>
      ofSirenB.receiver.acceptedEventIds().includes(sentinel.id),
    );
    await waitFor('every partner to have its events', () =>
      [...expected].every(([receiver, events]) => receiver.accepted.length >= events.length),
    );
    // Nothing more on its way to any of them: an event out of a partner's scope would show now.
    await Promise.all([ofCb1, ofSirenB, narrowed].map((p) => h.settled(p.partner.id)));
    for (const [receiver, events] of expected)
      expect(receiver.acceptedEventIds().sort()).toEqual(events.map((e) => e.id).sort());
    // The log is written in group commits after the webhook answers: it may trail the receipt.
    const logged = await waitFor('the deliveries to be logged', async () => {
      const page = await h.call('partner.deliveries.list', { pageSize: 100 }, ofCb1.principal);
      return page.items.length >= 3 ? page : undefined;
    });
    expect(logged.items.map((d) => d.eventId).sort()).toEqual([cb1OrgA.id, cb1OrgB.id, issuedA.id].sort());
  });

  it('refuses a subscription asking for more than the partner may see', async () => {
    const cbId = uniqueId('cb');
    const siren = newSiren();
    const ofCb = await h.createPartner({ cbId, sirens: [siren] });
    const subscribe = (scope: { cbId?: string; sirens?: string[] }) =>
      h.call(
        'partner.subscriptions.create',
        { eventTypes: TYPES, scope, delivery: { kind: 'stream' } },
        ofCb.principal,
      );
    await expect(subscribe({ cbId: uniqueId('cb') })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(subscribe({ sirens: [siren, newSiren()] })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(subscribe({ cbId, sirens: [siren] })).resolves.toMatchObject({
      subscription: { active: true },
    });
  });

  it('keeps each partner’s subscriptions and deliveries to itself', async () => {
    const mine = await partnerWithWebhook({});
    const theirs = await h.createPartner({});
    const subscriptionId =
      (await h.call('partner.subscriptions.list', {}, mine.principal)).items[0]?.id ?? '';
    const event = statusChanged(newDossier(uniqueId('cb'), uniqueId('org')), 'draft', 'submitted');
    await h.publish(event);
    await waitFor('the event to be delivered', () => mine.receiver.accepted.length === 1);
    const deliveryId = mine.receiver.accepted[0]?.id ?? '';

    await expect(
      h.call('partner.subscriptions.get', { subscriptionId }, theirs.principal),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      h.call('partner.subscriptions.rotate-secret', { subscriptionId }, theirs.principal),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      h.call('partner.deliveries.redeliver', { deliveryId }, theirs.principal),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    expect((await h.call('partner.deliveries.list', {}, theirs.principal)).total).toBe(0);
    expect((await h.call('partner.subscriptions.list', {}, theirs.principal)).total).toBe(0);
    // A CB admin is no partner: the partner API refuses him outright.
    const cbAdmin = {
      userId: 'u-cb',
      tenantType: 'cb' as const,
      tenantId: uniqueId('cb'),
      roles: ['cb_admin' as const],
    };
    await expect(h.call('partner.deliveries.list', {}, cbAdmin)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
