import type { CloudEvent } from '@certhub/contracts';
import { uniqueId, waitFor } from '@certhub/testing';
import { PartnerHarness } from './support/partner-harness';
import { newDossier, statusChanged, type DossierRef } from './support/events';
import { WebhookReceiver } from './support/webhook-receiver';

const DOSSIERS = 10;
const EVENTS_PER_DOSSIER = 12;

describe('partner service killed mid-stream', () => {
  let h: PartnerHarness;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    // Short ack wait and timeout: what the killed process held comes back within seconds.
    h = await PartnerHarness.start({ FANOUT_ACK_WAIT_MS: '2000', WEBHOOK_TIMEOUT_MS: '1000' });
    receiver = await WebhookReceiver.start();
  }, 120_000);
  afterAll(async () => {
    await receiver?.stop();
    await h?.stop();
  });

  it('loses nothing: after SIGKILL and a restart the receiver has every event, each dossier in order', async () => {
    const cbId = uniqueId('cb');
    const { principal } = await h.createPartner({ cbId });
    await h.call(
      'partner.subscriptions.create',
      { eventTypes: ['certhub.dossier.status_changed.v1'], delivery: { kind: 'webhook', url: receiver.url } },
      principal,
    );
    receiver.delayMs = 15;
    const dossiers: DossierRef[] = Array.from({ length: DOSSIERS }, () => newDossier(cbId, uniqueId('org')));
    const events: CloudEvent[] = [];
    for (let step = 0; step < EVENTS_PER_DOSSIER; step++)
      for (const dossier of dossiers) events.push(statusChanged(dossier, `s${step}`, `s${step + 1}`));
    const [early, late] = [events.slice(0, 80), events.slice(80)];
    await h.publish(...early);

    await waitFor('some deliveries', () => receiver.accepted.length >= 20, { intervalMs: 5 });
    h.kill();
    expect(new Set(receiver.acceptedEventIds()).size).toBeLessThan(early.length);
    // Published while no partner service runs: JetStream keeps them.
    await h.publish(...late);
    await h.startPartnerAgain();

    await waitFor(
      'every event to be accepted',
      () => new Set(receiver.acceptedEventIds()).size === events.length,
      // Generous: the shared store is slow when other suites load it (the analytics crash test).
      { timeoutMs: 180_000 },
    );
    expect(new Set(receiver.acceptedEventIds())).toEqual(new Set(events.map((e) => e.id)));
    receiver.expectDossierOrder(events);
    // A delivery accepted just before the kill is logged once JetStream redelivers it (its ack wait).
    await waitFor(
      'every delivery to be logged as delivered',
      async () => {
        const log = await h.call('partner.deliveries.list', { status: 'delivered', pageSize: 1 }, principal);
        return log.total === events.length;
      },
      { timeoutMs: 90_000 },
    );
  }, 300_000);
});
