import { Prop } from '@nestjs/mongoose';
import { Collection, collectionSchema, Required, TenantRecord } from '@certhub/platform';

/**
 * A CB's own look on its certificates: its logo and its signatory. One per CB.
 *
 * `_id` and `tenantId` are the CB's id.
 */
@Collection('certificate_layouts')
export class CertificateLayoutRecord extends TenantRecord {
  /** PNG or JPEG as a data: URL (validated by the contract, 96 KB at most). */
  @Prop() logo?: string;
  @Required({ type: Object }) signatory!: { name: string; role: string; signature?: string };
  @Required() updatedAt!: Date;
  @Required() updatedBy!: string;
}

export const CertificateLayoutSchema = collectionSchema(CertificateLayoutRecord, { tenantScoped: true });
