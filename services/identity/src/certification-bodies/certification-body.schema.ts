import type { CloudEvent } from '@certhub/contracts';
import { Collection, collectionSchema, CreatedAt, Required, TenantRecord } from '@certhub/platform';
import { AddressDocSchema, type Address } from '../common/address.schema';

/** A certification body: its own tenant (`tenantId` is its id, `cb-<code>`). */
@Collection('certification_bodies')
export class CertificationBody extends TenantRecord {
  @Required() code!: string;
  @Required() name!: string;
  @Required({ type: AddressDocSchema }) address!: Address;

  /** Leads every certificate number this CB issues. */
  @Required() certificateNumberPrefix!: string;
  @CreatedAt() createdAt!: Date;

  /** Added by OutboxModule.forFeature. */
  outbox!: CloudEvent[];
}

export const CertificationBodySchema = collectionSchema(CertificationBody, {
  tenantScoped: true,
  indexes: [
    // A code names one CB: duplicate detection on create.
    [{ code: 1 }, { unique: true }],
    // certification-bodies.list, sorted by name.
    { name: 1 },
  ],
});
