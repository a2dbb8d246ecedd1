import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { tenantScopePlugin } from '@certhub/platform';

/** Read model: how many events of each type a tenant has seen. */
@Schema({ collection: 'event_counts', versionKey: false })
export class EventCount {
  @Prop({ required: true })
  tenantId!: string;

  @Prop({ required: true })
  type!: string;

  @Prop({ required: true, default: 0 })
  count!: number;

  @Prop()
  lastEventAt?: Date;
}

export const EventCountSchema = SchemaFactory.createForClass(EventCount);
// Serves the upsert per (tenant, type) and the per-tenant listing.
EventCountSchema.index({ tenantId: 1, type: 1 }, { unique: true });
EventCountSchema.plugin(tenantScopePlugin);
