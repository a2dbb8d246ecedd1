import type { Principal } from '@certhub/contracts';
import { uniqueId, waitFor } from '@certhub/testing';
import { PLATFORM_ADMIN, PartnerHarness } from './support/partner-harness';
import { newDossier, statusChanged } from './support/events';
import { WebhookReceiver, signedWith } from './support/webhook-receiver';

/** What the platform (or the owning CB) sees of a partner: its subscriptions and log, for support. */
describe('partner administration', () => {
  let h: PartnerHarness;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    h = await PartnerHarness.start();
    receiver = await WebhookReceiver.start();
  }, 120_000);
  afterAll(async () => {
    await receiver?.stop();
    await h?.stop();
  });

  const cbAdminOf = (cbId: string): Principal => ({
    userId: uniqueId('user'),
    tenantType: 'cb',
    tenantId: cbId,
    roles: ['cb_admin'],
  });

  it('lets the platform read a partner’s subscriptions and delivery log, redeliver and rotate its secret', async () => {
    const { cbId, principal, subscriptionId, secret } = await h.webhookPartner(receiver.url, [
      'certhub.dossier.status_changed.v1',
    ]);
    const partnerId = principal.tenantId;
    const event = statusChanged(newDossier(cbId, 'org-1'), 'draft', 'submitted');
    await h.publish(event);
    const delivered = await waitFor('the delivery to be logged as delivered', async () => {
      const log = await h.call(
        'partner.clients.deliveries.list',
        { partnerId, status: 'delivered' },
        PLATFORM_ADMIN,
      );
      return log.items.find((d) => d.eventId === event.id);
    });

    const subscriptions = await h.call('partner.clients.subscriptions.list', { partnerId }, PLATFORM_ADMIN);
    expect(subscriptions.items.map((s) => s.id)).toEqual([subscriptionId]);
    // The same log the partner reads with its own token.
    const own = await h.call('partner.deliveries.list', {}, principal);
    expect(own.items.map((d) => d.id)).toContain(delivered.id);

    const requeued = await h.call(
      'partner.clients.deliveries.redeliver',
      { partnerId, deliveryId: delivered.id },
      PLATFORM_ADMIN,
    );
    expect(requeued).toMatchObject({ id: delivered.id, status: 'pending' });
    await waitFor(
      'the redelivery to arrive',
      () => receiver.accepted.filter((r) => r.id === delivered.id).length === 2,
    );

    const rotated = await h.call(
      'partner.clients.subscriptions.rotate-secret',
      { partnerId, subscriptionId, overlapSeconds: 0 },
      PLATFORM_ADMIN,
    );
    expect(rotated.secret).not.toBe(secret);
    const next = statusChanged(newDossier(cbId, 'org-2'), 'draft', 'submitted');
    await h.publish(next);
    const signed = await waitFor('the next event to arrive', () =>
      receiver.accepted.find((r) => r.event.id === next.id),
    );
    expect([signedWith(rotated.secret, signed), signedWith(secret, signed)]).toEqual([true, false]);
  });

  it('answers 404 to a CB admin for a partner his CB does not own, and 403 to a partner', async () => {
    const { cbId, principal, subscriptionId } = await h.webhookPartner(receiver.url, [
      'certhub.dossier.created.v1',
    ]);
    const partnerId = principal.tenantId;
    // The platform created it: even the CB of its scope does not manage it.
    for (const admin of [cbAdminOf(cbId), cbAdminOf(uniqueId('cb'))]) {
      await expect(h.call('partner.clients.subscriptions.list', { partnerId }, admin)).rejects.toMatchObject({
        code: 'not_found',
      });
      await expect(
        h.call('partner.clients.subscriptions.rotate-secret', { partnerId, subscriptionId }, admin),
      ).rejects.toMatchObject({ code: 'not_found' });
    }
    await expect(h.call('partner.clients.deliveries.list', { partnerId }, principal)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      h.call('partner.clients.deliveries.list', { partnerId: uniqueId('partner') }, PLATFORM_ADMIN),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('lets a CB admin manage the partners his CB owns', async () => {
    const cbId = uniqueId('cb');
    const admin = cbAdminOf(cbId);
    const created = await h.call(
      'partner.clients.create',
      { name: uniqueId('Mine '), scope: { cbId } },
      admin,
    );
    h.track(created.partner.clientId);
    const page = await h.call('partner.clients.deliveries.list', { partnerId: created.partner.id }, admin);
    expect(page).toMatchObject({ items: [], total: 0 });
  });
});
