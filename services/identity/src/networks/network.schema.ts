import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { REGIONS, type CloudEvent, type Region } from '@certhub/contracts';
import { tenantScopePlugin } from '@certhub/platform';
import { AddressDocSchema, type Address } from '../common/address.schema';
import type { MasterDataChange } from '../common/edits';

/**
 * The training side of the individuals' line. Every document belongs to two tenants, like a dossier:
 * `tenantId` = [networkId, certifierId], so the network's users and its certifier's staff read it
 * through one scoped filter each (network-access.ts).
 */

@Schema({ _id: false, versionKey: false })
export class Contact {
  @Prop({ required: true })
  lastName!: string;

  @Prop({ required: true })
  firstName!: string;

  @Prop({ required: true })
  email!: string;

  @Prop()
  phone?: string;
}
const ContactDocSchema = SchemaFactory.createForClass(Contact);

/**
 * What a network, its training organisations and their establishments share: the two tenants,
 * the certifier, the name, and the edit version and trail (network-edits) with the outbox.
 */
@Schema()
abstract class NetworkPlace {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ type: [String], required: true })
  tenantId!: string[];

  @Prop({ required: true })
  certifierId!: string;

  @Prop({ required: true })
  name!: string;

  @Prop({ required: true, default: () => new Date() })
  createdAt!: Date;

  /** Bumped by each edit (absent on records never edited: version 0). */
  @Prop()
  version?: number;

  @Prop()
  updatedAt?: Date;

  /** Every edit with the values before and after: part of the record, a handful a year. */
  @Prop({ type: [Object], default: undefined })
  trail?: MasterDataChange[];

  outbox!: CloudEvent[];
}

@Schema({ collection: 'networks', versionKey: false })
export class Network extends NetworkPlace {
  @Prop({ type: ContactDocSchema, required: true })
  head!: Contact;

  @Prop({ required: true, default: false })
  notifyOnCandidacy!: boolean;
}
export const NetworkSchema = SchemaFactory.createForClass(Network);
// A certifier's networks by name; and every scoped read by id.
NetworkSchema.index({ tenantId: 1, name: 1 });
NetworkSchema.plugin(tenantScopePlugin);

@Schema({ collection: 'training_organisations', versionKey: false })
export class TrainingOrganisation extends NetworkPlace {
  @Prop({ required: true })
  networkId!: string;

  @Prop({ required: true })
  siren!: string;

  @Prop({ type: AddressDocSchema, required: true })
  address!: Address;

  @Prop({ type: ContactDocSchema, required: true })
  contact!: Contact;

  @Prop({ required: true })
  billingEmail!: string;

  @Prop({ type: AddressDocSchema })
  billingAddress?: Address;

  @Prop({ required: true, default: true })
  active!: boolean;
}
export const TrainingOrganisationSchema = SchemaFactory.createForClass(TrainingOrganisation);
// A training organisation is declared once on the whole platform.
TrainingOrganisationSchema.index({ siren: 1 }, { unique: true });
// A network's organisations in name order.
TrainingOrganisationSchema.index({ tenantId: 1, networkId: 1, name: 1 });
TrainingOrganisationSchema.plugin(tenantScopePlugin);

@Schema({ collection: 'establishments', versionKey: false })
export class Establishment extends NetworkPlace {
  @Prop({ required: true })
  networkId!: string;

  @Prop({ required: true })
  trainingOrganisationId!: string;

  @Prop({ required: true })
  siret!: string;

  @Prop({ type: ContactDocSchema, required: true })
  officialContact!: Contact;

  @Prop({ type: ContactDocSchema, required: true })
  publicContact!: Contact;

  @Prop({ type: AddressDocSchema, required: true })
  address!: Address;

  @Prop({ type: String, enum: REGIONS, required: true })
  region!: Region;

  @Prop()
  website?: string;

  @Prop({ required: true, default: true })
  active!: boolean;
}
export const EstablishmentSchema = SchemaFactory.createForClass(Establishment);
// A SIRET is one establishment on the whole platform.
EstablishmentSchema.index({ siret: 1 }, { unique: true });
// establishments.list within a perimeter: a network's, an organisation's, in name order.
EstablishmentSchema.index({ tenantId: 1, trainingOrganisationId: 1, name: 1 });
EstablishmentSchema.plugin(tenantScopePlugin);
