import { Prop } from '@nestjs/mongoose';
import { Collection, collectionSchema, Id, Required } from '@certhub/platform';

/** A CB's own look on its certificates: its logo and its signatory. One per CB. */
@Collection('certificate_layouts')
export class CertificateLayoutRecord {
  /** The CB's id. */
  @Id() _id!: string;

  /** The CB. */
  @Required() tenantId!: string;

  /** PNG or JPEG as a data: URL (validated by the contract, 96 KB at most). */
  @Prop() logo?: string;
  @Required({ type: Object }) signatory!: { name: string; role: string; signature?: string };
  @Required() updatedAt!: Date;
  @Required() updatedBy!: string;
}

export const CertificateLayoutSchema = collectionSchema(CertificateLayoutRecord, { tenantScoped: true });
