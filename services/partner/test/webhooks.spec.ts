import type { CloudEvent, Principal, RpcResponse } from '@certhub/contracts';
import { uniqueId, waitFor } from '@certhub/testing';
import { PartnerHarness } from './support/partner-harness';
import { dossierCreated, newDossier, statusChanged } from './support/events';
import { WebhookReceiver, signedWith } from './support/webhook-receiver';

type DeliveryLog = RpcResponse<'partner.deliveries.list'>;

describe('signed webhook delivery', () => {
  let h: PartnerHarness;
  const receivers: WebhookReceiver[] = [];

  beforeAll(async () => {
    h = await PartnerHarness.start({
      WEBHOOK_TIMEOUT_MS: '500',
      WEBHOOK_MAX_ATTEMPTS: '3',
      WEBHOOK_RETRY_BASE_MS: '200',
      WEBHOOK_RETRY_MAX_MS: '1000',
    });
  }, 120_000);
  afterAll(async () => {
    await Promise.all(receivers.map((r) => r.stop()));
    await h?.stop();
  });

  /** A partner of its own CB with one webhook subscription to dossier status changes and creations. */
  async function subscribed() {
    const receiver = await WebhookReceiver.start();
    receivers.push(receiver);
    const partner = await h.webhookPartner(receiver.url, [
      'certhub.dossier.status_changed.v1',
      'certhub.dossier.created.v1',
    ]);
    return { ...partner, receiver };
  }

  const log = (
    principal: Principal,
    query: { page?: number; pageSize?: number; status?: 'delivered' } = {},
  ): Promise<DeliveryLog> => h.call('partner.deliveries.list', query, principal);

  const logEntry = async (principal: Principal, eventId: string) =>
    (await log(principal, { pageSize: 100 })).items.find((d) => d.eventId === eventId);

  it('delivers every subscribed event in scope exactly once per delivery id, signed, and logs it', async () => {
    const { cbId, principal, receiver, secret } = await subscribed();
    const dossiers = [newDossier(cbId, 'org-1'), newDossier(cbId, 'org-2')];
    const wanted = dossiers.flatMap((d) => [
      dossierCreated(d),
      statusChanged(d, 'draft', 'submitted'),
      statusChanged(d, 'submitted', 'admissible'),
    ]);
    const otherCb = statusChanged(newDossier(uniqueId('cb'), 'org-3'), 'draft', 'submitted');
    const sentinel = statusChanged(dossiers[0] as (typeof dossiers)[0], 'admissible', 'contracted');
    await h.publish(...wanted.slice(0, 3), otherCb, ...wanted.slice(3), sentinel);

    const expected = [...wanted, sentinel];
    await waitFor('every event in scope to be accepted', () => receiver.accepted.length >= expected.length);
    // The sentinel was fanned out after everything before it: the log is complete once the
    // worker has recorded the outcomes (the receiver answers first).
    await waitFor('the log to record every delivery', async () => {
      const entries = await log(principal, { pageSize: 100, status: 'delivered' });
      return entries.total === expected.length;
    });
    expect(receiver.acceptedEventIds().sort()).toEqual(expected.map((e) => e.id).sort());
    expect(new Set(receiver.accepted.map((r) => r.id)).size).toBe(expected.length);

    const now = Math.floor(Date.now() / 1_000);
    for (const request of receiver.accepted) {
      expect(signedWith(secret, request)).toBe(true);
      expect(signedWith('whsec_not-the-secret', request)).toBe(false);
      expect(request.contentType).toBe('application/cloudevents+json');
      expect(Math.abs(now - Number(request.timestamp))).toBeLessThan(60);
      expect(request.event).toEqual(expected.find((e) => e.id === request.event.id));
    }

    // The log pages through every delivery, newest first, under the ids the receiver saw.
    const first = await log(principal, { pageSize: 4 });
    const second = await log(principal, { page: 2, pageSize: 4 });
    expect([first.items.length, second.items.length, first.total]).toEqual([4, 3, 7]);
    const logged = [...first.items, ...second.items];
    expect(logged.map((d) => d.id).sort()).toEqual(receiver.accepted.map((r) => r.id).sort());
    expect(logged.every((d) => d.status === 'delivered' && d.attempts === 1)).toBe(true);
    expect(logged[0]?.eventId).toBe(sentinel.id);
  });

  it('retries a 500 with backoff until it is accepted, holding back the dossier’s later events only', async () => {
    const { cbId, principal, receiver } = await subscribed();
    const slow = newDossier(cbId, 'org-1');
    const first = statusChanged(slow, 'draft', 'submitted');
    const second = statusChanged(slow, 'submitted', 'admissible');
    const other = statusChanged(newDossier(cbId, 'org-2'), 'draft', 'submitted');
    let refusals = 0;
    receiver.answer = (request) => (request.event.id === first.id && refusals++ < 2 ? 500 : 204);
    const failedBefore = await h.metric('certhub_webhook_deliveries_total', 'outcome="failed"');

    await h.publish(first, second, other);
    await waitFor('all three events to be accepted', () => receiver.accepted.length === 3);

    const order = receiver.requests.map((r) => `${r.event.id}:${r.answer}`);
    expect(order.filter((o) => o.startsWith(first.id))).toEqual([
      `${first.id}:500`,
      `${first.id}:500`,
      `${first.id}:204`,
    ]);
    // The later event of the same dossier was not even tried before the first one was accepted…
    expect(order.indexOf(`${second.id}:204`)).toBeGreaterThan(order.indexOf(`${first.id}:204`));
    expect(order.filter((o) => o.startsWith(second.id))).toHaveLength(1);
    // …while another dossier's event went through meanwhile.
    expect(order.indexOf(`${other.id}:204`)).toBeLessThan(order.indexOf(`${first.id}:204`));

    const entry = await waitFor('the log to record the delivery', async () => {
      const found = await logEntry(principal, first.id);
      return found?.status === 'delivered' ? found : undefined;
    });
    expect(entry).toMatchObject({ attempts: 3, lastAttempt: { statusCode: 204 } });
    expect(await h.metric('certhub_webhook_deliveries_total', 'outcome="failed"')).toBe(failedBefore + 2);
  });

  it('dead-letters a delivery the receiver never answers, and redelivers it on demand under the same id', async () => {
    const { cbId, principal, receiver } = await subscribed();
    const event = statusChanged(newDossier(cbId, 'org-1'), 'draft', 'submitted');
    let hang = true;
    receiver.answer = () => (hang ? 'hang' : 204);
    const deadBefore = await h.metric('certhub_webhook_deliveries_total', 'outcome="dead_letter"');

    await h.publish(event);
    const dead = await waitFor('the delivery to be dead-lettered', async () => {
      const entry = await logEntry(principal, event.id);
      return entry?.status === 'dead_letter' ? entry : undefined;
    });
    expect(dead).toMatchObject({ attempts: 3, lastAttempt: { error: 'no answer within 500 ms' } });
    expect(dead.deadLetteredAt).toBeDefined();
    expect(receiver.requests.map((r) => r.id)).toEqual([dead.id, dead.id, dead.id]);
    expect(await h.metric('certhub_webhook_deliveries_total', 'outcome="dead_letter"')).toBe(deadBefore + 1);

    hang = false;
    const requeued = await h.call('partner.deliveries.redeliver', { deliveryId: dead.id }, principal);
    expect(requeued).toMatchObject({ id: dead.id, status: 'pending', attempts: 0 });
    await waitFor('the redelivery to be accepted', () => receiver.accepted.length === 1);
    expect(receiver.accepted[0]).toMatchObject({ id: dead.id, event: { id: event.id } });
    // The receiver answers before the worker records the outcome: wait for the log to catch up.
    await waitFor(
      'the log to record the redelivery',
      async () => (await logEntry(principal, event.id))?.status === 'delivered',
    );
    expect(await logEntry(principal, event.id)).toMatchObject({ status: 'delivered', attempts: 1 });
  });

  it('signs with both secrets during a rotation overlap, and with the new one only after', async () => {
    const { cbId, principal, receiver, secret: original } = await subscribed();
    const subscriptionId = (await h.call('partner.subscriptions.list', {}, principal)).items[0]?.id ?? '';
    const dossier = newDossier(cbId, 'org-1');
    const deliver = async (event: CloudEvent) => {
      await h.publish(event);
      return waitFor('the event to be accepted', () =>
        receiver.accepted.find((r) => r.event.id === event.id),
      );
    };

    const rotated = await h.call(
      'partner.subscriptions.rotate-secret',
      { subscriptionId, overlapSeconds: 3_600 },
      principal,
    );
    expect(rotated.secret).not.toBe(original);
    const overlapEnd = Date.parse(rotated.subscription.previousSecretValidUntil ?? '');
    expect(Math.abs(overlapEnd - Date.now() - 3_600_000)).toBeLessThan(60_000);
    const during = await deliver(statusChanged(dossier, 'draft', 'submitted'));
    expect(during.signature.split(' ')).toHaveLength(2);
    expect([signedWith(rotated.secret, during), signedWith(original, during)]).toEqual([true, true]);

    const final = await h.call(
      'partner.subscriptions.rotate-secret',
      { subscriptionId, overlapSeconds: 0 },
      principal,
    );
    expect(final.subscription.previousSecretValidUntil).toBeUndefined();
    const after = await deliver(statusChanged(dossier, 'submitted', 'admissible'));
    expect([
      signedWith(final.secret, after),
      signedWith(rotated.secret, after),
      signedWith(original, after),
    ]).toEqual([true, false, false]);
  });
});
