import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { tenantScopePlugin } from '@certhub/platform';

/** A CB's own look on its certificates: its logo and its signatory. One per CB. */
@Schema({ collection: 'certificate_layouts', versionKey: false })
export class CertificateLayoutRecord {
  /** The CB's id. */
  @Prop({ type: String, required: true })
  _id!: string;

  /** The CB. */
  @Prop({ type: String, required: true })
  tenantId!: string;

  /** PNG or JPEG as a data: URL (validated by the contract, 96 KB at most). */
  @Prop()
  logo?: string;

  @Prop({ type: Object, required: true })
  signatory!: { name: string; role: string; signature?: string };

  @Prop({ required: true })
  updatedAt!: Date;

  @Prop({ required: true })
  updatedBy!: string;
}

export const CertificateLayoutSchema = SchemaFactory.createForClass(CertificateLayoutRecord);
CertificateLayoutSchema.plugin(tenantScopePlugin);
