import { Prop } from '@nestjs/mongoose';
import type { CloudEvent, IndividualCertificateStatus } from '@certhub/contracts';
import { Collection, collectionSchema, MultiTenantRecord, Required } from '@certhub/platform';

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
 *
 * `tenantId`, who reads it: the candidate's establishment, organisation and network, and the
 * certifier (the candidacy's four tenants when it was certified).
 */
@Collection('individual_certificates', { timestamps: true })
export class IndividualCertificateRecord extends MultiTenantRecord {
  @Required() number!: string;
  @Required() cbId!: string;
  @Required() certifierName!: string;
  @Required() candidacyId!: string;
  @Required() candidacyReference!: string;
  @Required() establishmentId!: string;
  @Required() trainingOrganisationId!: string;
  @Required() networkId!: string;
  @Required({ type: Object }) holder!: { givenName: string; familyName: string; birthDate: string };
  @Required() title!: string;
  @Required() frameworkVersion!: string;

  /** The jury's sitting, `YYYY-MM-DD`. */
  @Required() juryDate!: string;
  @Required() issuedAt!: Date;
  @Prop() validUntil?: Date;
  @Required({ type: String }) status!: IndividualCertificateStatus;
  @Prop({ type: Object }) withdrawal?: { at: Date; by: string; reason: string };
  @Prop({ type: Object }) pdf?: IndividualPdf;
  outbox!: CloudEvent[];
}

export const IndividualCertificateSchema = collectionSchema(IndividualCertificateRecord, {
  tenantScoped: true,
  indexes: [
    // Serves public verification by number; one number names one certificate.
    [{ number: 1 }, { unique: true }],
    // Serves "the certificate of this candidacy" (one per candidacy: certified is final).
    [{ candidacyId: 1 }, { unique: true }],
    // Serves a perimeter's list, newest first.
    { tenantId: 1, issuedAt: -1 },
    // Serves "is this PDF genuine?" by its hash.
    { 'pdf.sha256': 1 },
  ],
});
