import { Injectable } from '@nestjs/common';
import type { CloudEvent } from '@certhub/contracts';
import { createHash } from 'node:crypto';
import { factsOf, inScope } from '../../scope/event-scope';
import { OrganisationSirenRepository } from '../../scope/organisation-siren.repository';
import {
  SubscriptionRepository,
  type MatchableSubscription,
} from '../../subscriptions/subscription.repository';
import type { Delivery } from '../delivery.schema';
import { toDeliveryMessage } from '../delivery.mapper';
import { DeliveryStream } from '../delivery-stream';

export interface SequencedEvent {
  event: CloudEvent;
  /** Stream sequence in CERTHUB_EVENTS. */
  seq: number;
}

/** Same subscription and event, same id: what makes the fan-out replayable. */
export const deliveryId = (subscriptionId: string, eventId: string): string =>
  `dlv_${createHash('sha256').update(`${subscriptionId}\n${eventId}`).digest('base64url').slice(0, 24)}`;

/**
 * Turns a batch of events into one delivery per matching subscription, queued in JetStream in
 * event order, the event inside. Nothing is written to the database per delivery here: the log
 * entry is written with the first attempt's outcome (see OutcomeRecorder), so the event path costs
 * no statement per event before the webhook. Subscriptions are read after the events were
 * received, so a subscription gets every matching event published after it was created. A batch
 * replayed (a crash or a NATS outage lost its acks) queues nothing twice within the delivery
 * stream's duplicate window; later, a delivery may go out again under the same `webhook-id`.
 */
@Injectable()
export class FanOutEvents {
  constructor(
    private readonly subscriptions: SubscriptionRepository,
    private readonly sirens: OrganisationSirenRepository,
    private readonly stream: DeliveryStream,
  ) {}

  async execute(batch: SequencedEvent[]): Promise<number> {
    const sirens = await this.resolveSirens(batch);
    const subscriptions = await this.subscriptions.listActive();
    const now = new Date();
    const deliveries = batch.flatMap(({ event, seq }) => {
      const facts = factsOf(event, (organisationId) => sirens.get(organisationId));
      return subscriptions
        .filter(
          (s) =>
            s.eventTypes.includes(event.type) && inScope(s.partnerScope, facts) && inScope(s.scope, facts),
        )
        .map((s) => newDelivery(s, event, seq, now));
    });
    await this.stream.publish(deliveries.map(toDeliveryMessage));
    return deliveries.length;
  }

  /** Records the SIRENs the batch teaches, and looks up the organisations it only names. */
  private async resolveSirens(batch: SequencedEvent[]): Promise<Map<string, string>> {
    const learnt = new Map<string, string>();
    const named = new Set<string>();
    for (const { event } of batch) {
      const data = (event.data ?? {}) as {
        organisationId?: unknown;
        siren?: unknown;
        holder?: { siren?: unknown };
      };
      if (typeof data.organisationId !== 'string') continue;
      named.add(data.organisationId);
      const siren = event.type === 'certhub.organisation.registered.v1' ? data.siren : data.holder?.siren;
      if (typeof siren === 'string') learnt.set(data.organisationId, siren);
    }
    await this.sirens.record(learnt);
    const known = await this.sirens.find([...named].filter((id) => !learnt.has(id)));
    return new Map([...known, ...learnt]);
  }
}

function newDelivery(
  subscription: MatchableSubscription,
  event: CloudEvent,
  seq: number,
  now: Date,
): Delivery {
  return {
    _id: deliveryId(subscription._id, event.id),
    tenantId: subscription.tenantId,
    subscriptionId: subscription._id,
    kind: subscription.kind,
    event,
    eventId: event.id,
    eventType: event.type,
    eventTime: new Date(event.time),
    seq,
    // Without a partition key an event orders against nothing but itself.
    lane: `${subscription._id}|${event.partitionkey ?? event.id}`,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    round: 0,
    createdAt: now,
  };
}
