import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { tenantScopePlugin } from '@certhub/platform';
import { AddressDocSchema, type Address } from '../common/address.schema';

/** An establishment (SIRET) of an organisation; `tenantId` is the organisation's id. */
@Schema({ collection: 'sites', versionKey: false })
export class Site {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  tenantId!: string;

  @Prop({ required: true })
  siret!: string;

  @Prop({ required: true })
  name!: string;

  @Prop({ type: AddressDocSchema, required: true })
  address!: Address;

  @Prop({ required: true, default: false })
  headquarters!: boolean;

  @Prop({ required: true, default: () => new Date() })
  createdAt!: Date;
}

export const SiteSchema = SchemaFactory.createForClass(Site);
// A SIRET is declared once on the whole platform: duplicate detection for sites.add.
SiteSchema.index({ siret: 1 }, { unique: true });
// sites.list of one organisation, headquarters first; and removal of an organisation's sites.
SiteSchema.index({ tenantId: 1, headquarters: -1, siret: 1 });
SiteSchema.plugin(tenantScopePlugin);
