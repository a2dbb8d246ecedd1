import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { CloudEvent } from '@certhub/contracts';
import { tenantScopePlugin } from '@certhub/platform';
import { Schema as MongooseSchema } from 'mongoose';
import type { DeliveryKind } from '../subscriptions/subscription.schema';

export const DELIVERY_STATUSES = ['pending', 'delivered', 'dead_letter'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One event for one subscription, as the partner's delivery log shows it: created with the first
 * attempt's outcome (the event stored with it, for redelivery on demand), updated by later ones,
 * always before the delivery worker acknowledges the queued message.
 */
@Schema({ collection: 'deliveries', versionKey: false })
export class Delivery {
  /** `dlv_<hash of subscription and event>`: the same on every fan-out replay; the `webhook-id`. */
  @Prop({ type: String, required: true })
  _id!: string;

  /** The partner id. */
  @Prop({ required: true })
  tenantId!: string;

  @Prop({ required: true })
  subscriptionId!: string;

  @Prop({ type: String, enum: ['webhook', 'stream'], required: true })
  kind!: DeliveryKind;

  @Prop({ type: MongooseSchema.Types.Mixed, required: true })
  event!: CloudEvent;

  @Prop({ required: true })
  eventId!: string;

  @Prop({ required: true })
  eventType!: string;

  @Prop({ required: true })
  eventTime!: Date;

  /** The event's JetStream stream sequence: the order events of one lane go out in. */
  @Prop({ required: true })
  seq!: number;

  /** `<subscription>|<partition key>`: deliveries of one lane (one dossier) go out one at a time, in `seq` order. */
  @Prop({ required: true })
  lane!: string;

  @Prop({ type: String, enum: DELIVERY_STATUSES, required: true })
  status!: DeliveryStatus;

  /** Attempts since the delivery was (re)queued. */
  @Prop({ required: true, default: 0 })
  attempts!: number;

  @Prop({ required: true })
  nextAttemptAt!: Date;

  /** Times queued again on demand: outcomes of an earlier round's message are not recorded over a later one. */
  @Prop({ required: true, default: 0 })
  round!: number;

  @Prop()
  deliveredAt?: Date;

  @Prop()
  deadLetteredAt?: Date;

  /** Stream subscriptions: the sequence of the event in the partner feed. */
  @Prop()
  feedSeq?: number;

  @Prop({ required: true })
  createdAt!: Date;

  /** Set once delivered or dead-lettered: the log keeps the entry until then. */
  @Prop()
  purgeAt?: Date;
}

export const DeliverySchema = SchemaFactory.createForClass(Delivery);
// partner.deliveries.list, newest first, for one subscription…
DeliverySchema.index({ tenantId: 1, subscriptionId: 1, createdAt: -1, seq: -1 });
// …or for all of the partner's.
DeliverySchema.index({ tenantId: 1, createdAt: -1, seq: -1 });
// Retention of finished entries in the log.
DeliverySchema.index({ purgeAt: 1 }, { expireAfterSeconds: 0 });
DeliverySchema.plugin(tenantScopePlugin);
