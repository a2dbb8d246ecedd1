import { Prop } from '@nestjs/mongoose';
import { Collection, collectionSchema, Enum, Required, TenantRecord } from '@certhub/platform';

export type AttemptOutcome = 'delivered' | 'failed' | 'dead_letter';

/**
 * One attempt at a delivery, as the partner's log shows it: when, how long, what the receiver
 * answered. Append-only, so a whole group of attempts is stored in one write.
 *
 * `tenantId` is the partner id.
 */
@Collection('delivery_attempts')
export class DeliveryAttempt extends TenantRecord {
  @Required() deliveryId!: string;
  @Required() at!: Date;
  @Required() durationMs!: number;
  @Prop() statusCode?: number;
  @Prop() error?: string;
  @Enum(['delivered', 'failed', 'dead_letter']) outcome!: AttemptOutcome;
  @Required() purgeAt!: Date;
}

export const DeliveryAttemptSchema = collectionSchema(DeliveryAttempt, {
  tenantScoped: true,
  indexes: [
    // The last attempt of each delivery on a page of the log.
    { tenantId: 1, deliveryId: 1, at: -1 },
    // Retention, as for deliveries.
    [{ purgeAt: 1 }, { expireAfterSeconds: 0 }],
  ],
});
