import type { CloudEvent } from '@certhub/contracts';
import { Collection, collectionSchema, Required, TenantRecord } from '@certhub/platform';
import type { PublicJwk } from '../kms/issuer-kms';

/**
 * One signing key of a certification body. Keys are never deleted: a rotated key stays in the DID
 * document so that what it signed keeps verifying. The newest generation signs.
 *
 * `_id` is `<cbId>:<generation>`: two replicas creating the same generation collide on the primary
 * key; `tenantId` the certification body.
 */
@Collection('issuer_keys')
export class IssuerKey extends TenantRecord {
  @Required() generation!: number;

  /** The KMS's opaque reference (for the local KMS: the private key wrapped by its key-encryption key). */
  @Required() keyRef!: string;
  @Required({ type: Object }) publicJwk!: PublicJwk;
  @Required() createdAt!: Date;

  /** Who made it: the CB admin who rotated, or `system` (the CB's creation, a first signature). */
  @Required() createdBy!: string;

  /** A rotation's event, until the relay has published it (OutboxModule adds the field). */
  outbox?: CloudEvent[];
}

export const IssuerKeySchema = collectionSchema(IssuerKey, {
  tenantScoped: true,
  indexes: [
    // Serves the DID document (all keys of a CB in order) and the signing key (the last one).
    { tenantId: 1, generation: 1 },
  ],
});
