import type { Principal } from '@certhub/contracts';
import { uniqueId, waitFor } from '@certhub/testing';
import type { Connection } from 'mongoose';
import { deliveryId } from '../src/deliveries/fan-out/fan-out-events.usecase';
import { PartnerHarness } from './support/partner-harness';
import { newDossier, statusChanged, type DossierRef } from './support/events';
import { WebhookReceiver } from './support/webhook-receiver';

/** Deliveries seen before: after a crash, or a NATS outage that lost acks. */
describe('deliveries seen before', () => {
  let h: PartnerHarness;
  let db: Connection;
  const receivers: WebhookReceiver[] = [];

  beforeAll(async () => {
    h = await PartnerHarness.start({ FANOUT_ACK_WAIT_MS: '2000', WEBHOOK_TIMEOUT_MS: '1000' });
    db = await h.database('partner');
  }, 120_000);
  afterAll(async () => {
    await Promise.all(receivers.map((r) => r.stop()));
    await db?.close();
    await h?.stop();
  });

  async function subscribed() {
    const receiver = await WebhookReceiver.start();
    receivers.push(receiver);
    return { ...(await h.webhookPartner(receiver.url, ['certhub.dossier.status_changed.v1'])), receiver };
  }

  const deliveredCount = async (principal: Principal) =>
    (await h.call('partner.deliveries.list', { status: 'delivered', pageSize: 1 }, principal)).total;

  it('records over log entries already there (mongoose 8 reports the duplicate keys as {err, index}) and goes on', async () => {
    const { cbId, principal, subscriptionId, receiver } = await subscribed();
    const dossier = newDossier(cbId, 'org-1');
    const events = [1, 2, 3, 4].map((i) => statusChanged(dossier, `s${i}`, `s${i + 1}`));
    // What a first pass left when its acks were lost: the log entries of the first outcomes. The
    // next pass's group commit inserts them again: every insert is a duplicate key.
    await db.collection('deliveries').insertMany(
      events.map((event, i) => ({
        _id: deliveryId(subscriptionId, event.id) as never,
        tenantId: principal.tenantId,
        subscriptionId,
        kind: 'webhook',
        event,
        eventId: event.id,
        eventType: event.type,
        eventTime: new Date(event.time),
        seq: i + 1,
        lane: `${subscriptionId}|${dossier.dossierId}`,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: new Date(),
        round: 0,
        createdAt: new Date(),
      })),
    );

    await h.publish(...events);

    await waitFor('every delivery to be accepted', () => receiver.accepted.length >= events.length);
    expect(receiver.acceptedEventIds()).toEqual(events.map((e) => e.id));
    await waitFor('the log to record them', async () => (await deliveredCount(principal)) === events.length);
    // Later events still go out: nothing is stuck retrying the group.
    const later = statusChanged(dossier, 's5', 's6');
    await h.publish(later);
    await waitFor('a later event to be accepted', () => receiver.acceptedEventIds().includes(later.id));
  });

  it('gets through a NATS outage in the middle of a stream: every event sent, each dossier in order, the log complete', async () => {
    const { cbId, principal, receiver } = await subscribed();
    const dossiers: DossierRef[] = Array.from({ length: 5 }, () => newDossier(cbId, uniqueId('org')));
    const events = Array.from({ length: 8 }, (_, step) =>
      dossiers.map((d) => statusChanged(d, `s${step}`, `s${step + 1}`)),
    ).flat();
    const [before, after] = [events.slice(0, 20), events.slice(20)];
    receiver.delayMs = 20;
    await h.publish(...before);
    await waitFor('some deliveries', () => receiver.accepted.length >= 3, { intervalMs: 5 });

    h.stack.nats.stop();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    h.stack.nats.restart();
    // Until the clients have reconnected; a message published twice is stored once (same message id).
    await waitFor(
      'NATS to take events again',
      () =>
        h.publish(...after).then(
          () => true,
          () => false,
        ),
      {
        timeoutMs: 60_000,
      },
    );

    await waitFor(
      'every event to be accepted',
      () => new Set(receiver.acceptedEventIds()).size === events.length,
      {
        timeoutMs: 120_000,
      },
    );
    receiver.expectDossierOrder(events);
    await waitFor(
      'the log to record every delivery',
      async () => (await deliveredCount(principal)) === events.length,
      {
        timeoutMs: 60_000,
      },
    );
  }, 240_000);
});
