import { Prop } from '@nestjs/mongoose';
import {
  Collection,
  collectionSchema,
  CreatedAt,
  Enum,
  ListOf,
  Required,
  TenantRecord,
} from '@certhub/platform';
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
/** `tenantId` is the partner id. */
@Collection('subscriptions', { minimize: false })
export class Subscription extends TenantRecord {
  @Required({ type: [String] }) eventTypes!: string[];
  @Required({ type: Object, default: {} }) scope!: Scope;

  /**
   * The partner's allowed scope when the subscription was made (a partner's scope never changes):
   * the fan-out checks both without reading partners.
   */
  @Required({ type: Object, default: {} }) partnerScope!: Scope;
  @Enum(['webhook', 'stream']) kind!: DeliveryKind;
  @Prop() url?: string;

  /** Webhooks only: the current secret first, then the one it replaced while it overlaps. */
  @ListOf(Object) secrets!: SealedSecret[];
  @Required({ default: true }) active!: boolean;
  @CreatedAt() createdAt!: Date;
}

export const SubscriptionSchema = collectionSchema(Subscription, {
  tenantScoped: true,
  indexes: [
    // partner.subscriptions.list of one partner, newest first.
    { tenantId: 1, createdAt: -1 },
    // The fan-out reads the active subscriptions of every partner for each batch of events.
    { active: 1 },
  ],
});
