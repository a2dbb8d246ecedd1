import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { CertificateData, CertificateStatus } from '@certhub/contracts';
import { tenantScopePlugin } from '@certhub/platform';

/**
 * The certificate record and its public verification index, built from the dossier service's
 * events: the issued data and the current status. Written by the index consumer only; its PDFs
 * are another document (see CertificatePdfs).
 */
@Schema({ collection: 'certificates', versionKey: false, timestamps: true })
export class Certificate {
  /** The certificateId of the dossier service. */
  @Prop({ type: String, required: true })
  _id!: string;

  /**
   * The two tenants that may read the record: its holder organisation and its CB. The platform's
   * tenant-scope guard matches a tenant id against this array.
   */
  @Prop({ type: [String], required: true })
  tenantId!: string[];

  @Prop({ required: true })
  organisationId!: string;

  @Prop({ required: true })
  cbId!: string;

  @Prop({ required: true })
  number!: string;

  @Prop({ required: true })
  dossierId!: string;

  @Prop({ required: true })
  schemeId!: string;

  @Prop({ required: true })
  schemeVersion!: string;

  @Prop({ required: true })
  schemeTitle!: string;

  @Prop()
  level?: string;

  @Prop({ type: Object, required: true })
  holder!: CertificateData['holder'];

  @Prop({ type: [Object], default: [] })
  sites!: CertificateData['sites'];

  @Prop({ type: [String], required: true })
  scope!: string[];

  /** Calendar dates `YYYY-MM-DD`: they compare as strings. */
  @Prop({ required: true })
  validFrom!: string;

  @Prop({ required: true })
  validUntil!: string;

  @Prop({ required: true })
  issuedAt!: string;

  @Prop({ type: Object, required: true })
  cb!: CertificateData['cb'];

  @Prop({ type: [String], default: [] })
  mentions!: string[];

  @Prop({ type: String, required: true })
  locale!: CertificateData['locale'];

  /** As the last status event set it; `expired` is also derived from validUntil when read. */
  @Prop({ type: String, required: true, default: 'valid' })
  status!: CertificateStatus;

  /** Time of the event that set the status: an older event arriving late changes nothing. */
  @Prop({ required: true })
  statusChangedAt!: Date;
}

export const CertificateSchema = SchemaFactory.createForClass(Certificate);
// Serves public verification by number; one number names one certificate.
CertificateSchema.index({ number: 1 }, { unique: true });
// Serves public verification by SIREN and scheme.
CertificateSchema.index({ 'holder.siren': 1, schemeId: 1 });
// Serves public verification by the SIRET of a certified site and scheme.
CertificateSchema.index({ 'sites.siret': 1, schemeId: 1 });
// Serves the public register sorted by holder name (its default order).
CertificateSchema.index({ 'holder.name': 1 });
// Serves a tenant's certificate list, newest first.
CertificateSchema.index({ tenantId: 1, issuedAt: -1 });
CertificateSchema.plugin(tenantScopePlugin);
