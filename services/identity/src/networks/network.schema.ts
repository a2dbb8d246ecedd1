import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { REGIONS, type CloudEvent, type Region } from '@certhub/contracts';
import {
  Collection,
  collectionSchema,
  CreatedAt,
  Embedded,
  Enum,
  ListOf,
  MultiTenantRecord,
  Required,
} from '@certhub/platform';
import { AddressDocSchema, type Address } from '../common/address.schema';
import type { MasterDataChange } from '../common/edits';

/**
 * The training side of the individuals' line. Every document belongs to two tenants, like a dossier:
 * `tenantId` = [networkId, certifierId], so the network's users and its certifier's staff read it
 * through one scoped filter each (network-access.ts).
 */

@Embedded()
export class Contact {
  @Required() lastName!: string;
  @Required() firstName!: string;
  @Required() email!: string;
  @Prop() phone?: string;
}
const ContactDocSchema = SchemaFactory.createForClass(Contact);

/**
 * What a network, its training organisations and their establishments share: the two tenants,
 * the certifier, the name, and the edit version and trail (network-edits) with the outbox.
 */
@Schema()
abstract class NetworkPlace extends MultiTenantRecord {
  @Required() certifierId!: string;
  @Required() name!: string;
  @CreatedAt() createdAt!: Date;

  /** Bumped by each edit (absent on records never edited: version 0). */
  @Prop() version?: number;
  @Prop() updatedAt?: Date;

  /** Every edit with the values before and after: part of the record, a handful a year. */
  @ListOf(Object, { default: undefined }) trail?: MasterDataChange[];
  outbox!: CloudEvent[];
}

@Collection('networks')
export class Network extends NetworkPlace {
  @Required({ type: ContactDocSchema }) head!: Contact;
  @Required({ default: false }) notifyOnCandidacy!: boolean;
}
export const NetworkSchema = collectionSchema(Network, {
  tenantScoped: true,
  indexes: [
    // A certifier's networks by name; and every scoped read by id.
    { tenantId: 1, name: 1 },
  ],
});

@Collection('training_organisations')
export class TrainingOrganisation extends NetworkPlace {
  @Required() networkId!: string;
  @Required() siren!: string;
  @Required({ type: AddressDocSchema }) address!: Address;
  @Required({ type: ContactDocSchema }) contact!: Contact;
  @Required() billingEmail!: string;
  @Prop({ type: AddressDocSchema }) billingAddress?: Address;
  @Required({ default: true }) active!: boolean;
}
export const TrainingOrganisationSchema = collectionSchema(TrainingOrganisation, {
  tenantScoped: true,
  indexes: [
    // A training organisation is declared once on the whole platform.
    [{ siren: 1 }, { unique: true }],
    // A network's organisations in name order.
    { tenantId: 1, networkId: 1, name: 1 },
  ],
});

@Collection('establishments')
export class Establishment extends NetworkPlace {
  @Required() networkId!: string;
  @Required() trainingOrganisationId!: string;
  @Required() siret!: string;
  @Required({ type: ContactDocSchema }) officialContact!: Contact;
  @Required({ type: ContactDocSchema }) publicContact!: Contact;
  @Required({ type: AddressDocSchema }) address!: Address;
  @Enum(REGIONS) region!: Region;
  @Prop() website?: string;
  @Required({ default: true }) active!: boolean;
  /**
   * Its training organisation's flag, copied here by identity whenever the certifier toggles it,
   * so that every read and filter of an establishment tells whether it works. Absent on
   * establishments recorded before the copy was made: the organisation was active.
   */
  @Prop({ default: true }) organisationActive?: boolean;
}
export const EstablishmentSchema = collectionSchema(Establishment, {
  tenantScoped: true,
  indexes: [
    // A SIRET is one establishment on the whole platform.
    [{ siret: 1 }, { unique: true }],
    // establishments.list within a perimeter: a network's, an organisation's, in name order.
    { tenantId: 1, trainingOrganisationId: 1, name: 1 },
  ],
});
