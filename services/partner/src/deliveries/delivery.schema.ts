import { Prop } from '@nestjs/mongoose';
import type { CloudEvent } from '@certhub/contracts';
import { Collection, collectionSchema, Enum, Required, TenantRecord } from '@certhub/platform';
import { Schema as MongooseSchema } from 'mongoose';
import type { DeliveryKind } from '../subscriptions/subscription.schema';

export const DELIVERY_STATUSES = ['pending', 'delivered', 'dead_letter'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One event for one subscription, as the partner's delivery log shows it: created with the first
 * attempt's outcome (the event stored with it, for redelivery on demand), updated by later ones,
 * always before the delivery worker acknowledges the queued message.
 *
 * `_id` is `dlv_<hash of subscription and event>`: the same on every fan-out replay; the
 * `webhook-id`. `tenantId` is the partner id.
 */
@Collection('deliveries')
export class Delivery extends TenantRecord {
  @Required() subscriptionId!: string;
  @Enum(['webhook', 'stream']) kind!: DeliveryKind;
  @Required({ type: MongooseSchema.Types.Mixed }) event!: CloudEvent;
  @Required() eventId!: string;
  @Required() eventType!: string;
  @Required() eventTime!: Date;

  /** The event's JetStream stream sequence: the order events of one lane go out in. */
  @Required() seq!: number;

  /** `<subscription>|<partition key>`: deliveries of one lane (one dossier) go out one at a time, in `seq` order. */
  @Required() lane!: string;
  @Enum(DELIVERY_STATUSES) status!: DeliveryStatus;

  /** Attempts since the delivery was (re)queued. */
  @Required({ default: 0 }) attempts!: number;
  @Required() nextAttemptAt!: Date;

  /** Times queued again on demand: outcomes of an earlier round's message are not recorded over a later one. */
  @Required({ default: 0 }) round!: number;
  @Prop() deliveredAt?: Date;
  @Prop() deadLetteredAt?: Date;

  /** Stream subscriptions: the sequence of the event in the partner feed. */
  @Prop() feedSeq?: number;
  @Required() createdAt!: Date;

  /** Set once delivered or dead-lettered: the log keeps the entry until then. */
  @Prop() purgeAt?: Date;
}

export const DeliverySchema = collectionSchema(Delivery, {
  tenantScoped: true,
  indexes: [
    // partner.deliveries.list, newest first, for one subscription…
    { tenantId: 1, subscriptionId: 1, createdAt: -1, seq: -1 },
    // …or for all of the partner's.
    { tenantId: 1, createdAt: -1, seq: -1 },
    // Retention of finished entries in the log.
    [{ purgeAt: 1 }, { expireAfterSeconds: 0 }],
  ],
});
