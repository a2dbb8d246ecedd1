import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { CloudEvent, IndividualCertificateStatus } from '@certhub/contracts';
import { tenantScopePlugin } from '@certhub/platform';

/** The printed PDF (one version: an individual certificate is never reissued, only withdrawn). */
export interface IndividualPdf {
  /** `<cbId>/individual/<certificateId>.pdf` in the certificates bucket. */
  key: string;
  sha256: string;
  size: number;
  renderedAt: Date;
}

/**
 * An individual certificate, issued from the jury's `certified` decision (candidacy's
 * `jury_decided` event): a person as holder, no SIREN, no sites. Its own record kind beside the
 * organisations' certificates, whose index and PDFs follow the dossier service's events.
 */
@Schema({ collection: 'individual_certificates', versionKey: false, timestamps: true })
export class IndividualCertificateRecord {
  @Prop({ type: String, required: true })
  _id!: string;

  /**
   * Who reads it: the candidate's establishment, organisation and network, and the certifier (the
   * candidacy's four tenants when it was certified).
   */
  @Prop({ type: [String], required: true })
  tenantId!: string[];

  @Prop({ required: true })
  number!: string;

  @Prop({ required: true })
  cbId!: string;

  @Prop({ required: true })
  certifierName!: string;

  @Prop({ required: true })
  candidacyId!: string;

  @Prop({ required: true })
  candidacyReference!: string;

  @Prop({ required: true })
  establishmentId!: string;

  @Prop({ required: true })
  trainingOrganisationId!: string;

  @Prop({ required: true })
  networkId!: string;

  @Prop({ type: Object, required: true })
  holder!: { givenName: string; familyName: string; birthDate: string };

  @Prop({ required: true })
  title!: string;

  @Prop({ required: true })
  frameworkVersion!: string;

  /** The jury's sitting, `YYYY-MM-DD`. */
  @Prop({ required: true })
  juryDate!: string;

  @Prop({ required: true })
  issuedAt!: Date;

  @Prop()
  validUntil?: Date;

  @Prop({ type: String, required: true })
  status!: IndividualCertificateStatus;

  @Prop({ type: Object })
  withdrawal?: { at: Date; by: string; reason: string };

  @Prop({ type: Object })
  pdf?: IndividualPdf;

  outbox!: CloudEvent[];
}

export const IndividualCertificateSchema = SchemaFactory.createForClass(IndividualCertificateRecord);
// Serves public verification by number; one number names one certificate.
IndividualCertificateSchema.index({ number: 1 }, { unique: true });
// Serves "the certificate of this candidacy" (one per candidacy: certified is final).
IndividualCertificateSchema.index({ candidacyId: 1 }, { unique: true });
// Serves a perimeter's list, newest first.
IndividualCertificateSchema.index({ tenantId: 1, issuedAt: -1 });
// Serves "is this PDF genuine?" by its hash.
IndividualCertificateSchema.index({ 'pdf.sha256': 1 });
IndividualCertificateSchema.plugin(tenantScopePlugin);
