import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { tenantScopePlugin } from '@certhub/platform';

export type AttemptOutcome = 'delivered' | 'failed' | 'dead_letter';

/**
 * One attempt at a delivery, as the partner's log shows it: when, how long, what the receiver
 * answered. Append-only, so a whole group of attempts is stored in one write.
 */
@Schema({ collection: 'delivery_attempts', versionKey: false })
export class DeliveryAttempt {
  @Prop({ type: String, required: true })
  _id!: string;

  /** The partner id. */
  @Prop({ required: true })
  tenantId!: string;

  @Prop({ required: true })
  deliveryId!: string;

  @Prop({ required: true })
  at!: Date;

  @Prop({ required: true })
  durationMs!: number;

  @Prop()
  statusCode?: number;

  @Prop()
  error?: string;

  @Prop({ type: String, enum: ['delivered', 'failed', 'dead_letter'], required: true })
  outcome!: AttemptOutcome;

  @Prop({ required: true })
  purgeAt!: Date;
}

export const DeliveryAttemptSchema = SchemaFactory.createForClass(DeliveryAttempt);
// The last attempt of each delivery on a page of the log.
DeliveryAttemptSchema.index({ tenantId: 1, deliveryId: 1, at: -1 });
// Retention, as for deliveries.
DeliveryAttemptSchema.index({ purgeAt: 1 }, { expireAfterSeconds: 0 });
DeliveryAttemptSchema.plugin(tenantScopePlugin);
