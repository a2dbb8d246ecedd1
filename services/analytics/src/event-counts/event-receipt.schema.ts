import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { tenantScopePlugin } from '@certhub/platform';

/**
 * Read model: one receipt per event id, counted by type. A receipt rather than a counter because
 * `$inc` applied twice (a crash between the update and the processed marker) would count twice,
 * while a second upsert of the same id changes nothing.
 */
@Schema({ collection: 'event_receipts', versionKey: false })
export class EventReceipt {
  /** The CloudEvent id. */
  @Prop({ type: String, required: true })
  _id!: string;

  /** The event's tenant, or the platform for platform-level events. */
  @Prop({ required: true })
  tenantId!: string;

  @Prop({ required: true })
  type!: string;

  @Prop({ required: true })
  time!: Date;
}

export const EventReceiptSchema = SchemaFactory.createForClass(EventReceipt);
// Counts per type for one tenant (or, platform-wide, by type).
EventReceiptSchema.index({ tenantId: 1, type: 1 });
EventReceiptSchema.plugin(tenantScopePlugin);
