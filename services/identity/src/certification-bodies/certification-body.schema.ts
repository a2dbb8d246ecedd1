import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { CloudEvent } from '@certhub/contracts';
import { tenantScopePlugin } from '@certhub/platform';
import { AddressDocSchema, type Address } from '../common/address.schema';

/** A certification body: its own tenant (`tenantId` is its id, `cb-<code>`). */
@Schema({ collection: 'certification_bodies', versionKey: false })
export class CertificationBody {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  tenantId!: string;

  @Prop({ required: true })
  code!: string;

  @Prop({ required: true })
  name!: string;

  @Prop({ type: AddressDocSchema, required: true })
  address!: Address;

  /** Leads every certificate number this CB issues. */
  @Prop({ required: true })
  certificateNumberPrefix!: string;

  @Prop({ required: true, default: () => new Date() })
  createdAt!: Date;

  /** Added by OutboxModule.forFeature. */
  outbox!: CloudEvent[];
}

export const CertificationBodySchema = SchemaFactory.createForClass(CertificationBody);
// A code names one CB: duplicate detection on create.
CertificationBodySchema.index({ code: 1 }, { unique: true });
// certification-bodies.list, sorted by name.
CertificationBodySchema.index({ name: 1 });
CertificationBodySchema.plugin(tenantScopePlugin);
