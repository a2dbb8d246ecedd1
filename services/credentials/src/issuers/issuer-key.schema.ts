import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { CloudEvent } from '@certhub/contracts';
import { tenantScopePlugin } from '@certhub/platform';
import type { PublicJwk } from '../kms/issuer-kms';

/**
 * One signing key of a certification body. Keys are never deleted: a rotated key stays in the DID
 * document so that what it signed keeps verifying. The newest generation signs.
 */
@Schema({ collection: 'issuer_keys', versionKey: false })
export class IssuerKey {
  /** `<cbId>:<generation>`: two replicas creating the same generation collide on the primary key. */
  @Prop({ type: String, required: true })
  _id!: string;

  /** The certification body. */
  @Prop({ type: String, required: true })
  tenantId!: string;

  @Prop({ required: true })
  generation!: number;

  /** The KMS's opaque reference (for the local KMS: the private key wrapped by its key-encryption key). */
  @Prop({ required: true })
  keyRef!: string;

  @Prop({ type: Object, required: true })
  publicJwk!: PublicJwk;

  @Prop({ required: true })
  createdAt!: Date;

  /** Who made it: the CB admin who rotated, or `system` (the CB's creation, a first signature). */
  @Prop({ type: String, required: true })
  createdBy!: string;

  /** A rotation's event, until the relay has published it (OutboxModule adds the field). */
  outbox?: CloudEvent[];
}

export const IssuerKeySchema = SchemaFactory.createForClass(IssuerKey);
// Serves the DID document (all keys of a CB in order) and the signing key (the last one).
IssuerKeySchema.index({ tenantId: 1, generation: 1 });
IssuerKeySchema.plugin(tenantScopePlugin);
