import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { tenantScopePlugin } from '@certhub/platform';
import type { Scope } from '../scope/event-scope';

export type DeliveryKind = 'webhook' | 'stream';

/** A signing secret sealed by the SecretBox; the previous one keeps signing until `validUntil`. */
export interface SealedSecret {
  sealed: string;
  validUntil?: Date;
}

/**
 * A partner's subscription: which event types, within which scope, delivered how (a signed
 * webhook, or the partner's SSE feed). The tenant is the partner.
 */
// minimize: false keeps an empty scope ({}: any event) instead of dropping the field.
@Schema({ collection: 'subscriptions', versionKey: false, minimize: false })
export class Subscription {
  @Prop({ type: String, required: true })
  _id!: string;

  /** The partner id. */
  @Prop({ required: true })
  tenantId!: string;

  @Prop({ type: [String], required: true })
  eventTypes!: string[];

  @Prop({ type: Object, required: true, default: {} })
  scope!: Scope;

  /**
   * The partner's allowed scope when the subscription was made (a partner's scope never changes):
   * the fan-out checks both without reading partners.
   */
  @Prop({ type: Object, required: true, default: {} })
  partnerScope!: Scope;

  @Prop({ type: String, enum: ['webhook', 'stream'], required: true })
  kind!: DeliveryKind;

  @Prop()
  url?: string;

  /** Webhooks only: the current secret first, then the one it replaced while it overlaps. */
  @Prop({ type: [Object], default: [] })
  secrets!: SealedSecret[];

  @Prop({ required: true, default: true })
  active!: boolean;

  @Prop({ required: true, default: () => new Date() })
  createdAt!: Date;
}

export const SubscriptionSchema = SchemaFactory.createForClass(Subscription);
// partner.subscriptions.list of one partner, newest first.
SubscriptionSchema.index({ tenantId: 1, createdAt: -1 });
// The fan-out reads the active subscriptions of every partner for each batch of events.
SubscriptionSchema.index({ active: 1 });
SubscriptionSchema.plugin(tenantScopePlugin);
