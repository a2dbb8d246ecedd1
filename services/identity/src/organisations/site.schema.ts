import { Collection, collectionSchema, CreatedAt, Required, TenantRecord } from '@certhub/platform';
import { AddressDocSchema, type Address } from '../common/address.schema';

/** An establishment (SIRET) of an organisation; `tenantId` is the organisation's id. */
@Collection('sites')
export class Site extends TenantRecord {
  @Required() siret!: string;
  @Required() name!: string;
  @Required({ type: AddressDocSchema }) address!: Address;
  @Required({ default: false }) headquarters!: boolean;
  @CreatedAt() createdAt!: Date;
}

export const SiteSchema = collectionSchema(Site, {
  tenantScoped: true,
  indexes: [
    // A SIRET is declared once on the whole platform: duplicate detection for sites.add.
    [{ siret: 1 }, { unique: true }],
    // sites.list of one organisation, headquarters first; and removal of an organisation's sites.
    { tenantId: 1, headquarters: -1, siret: 1 },
  ],
});
