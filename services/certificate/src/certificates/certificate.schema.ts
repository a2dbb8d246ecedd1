import { Prop } from '@nestjs/mongoose';
import type { CertificateData, CertificateStatus } from '@certhub/contracts';
import { Collection, collectionSchema, ListOf, MultiTenantRecord, Required } from '@certhub/platform';

/**
 * The certificate record and its public verification index, built from the dossier service's
 * events: the issued data and the current status. Written by the index consumer only; its PDFs
 * are another document (see CertificatePdfs).
 *
 * `_id` is the certificateId of the dossier service; `tenantId` the two tenants that may read the
 * record, its holder organisation and its CB (the platform's tenant-scope guard matches a tenant
 * id against this array).
 */
@Collection('certificates', { timestamps: true })
export class Certificate extends MultiTenantRecord {
  @Required() organisationId!: string;
  @Required() cbId!: string;
  @Required() number!: string;
  @Required() dossierId!: string;
  @Required() schemeId!: string;
  @Required() schemeVersion!: string;
  @Required() schemeTitle!: string;
  @Prop() level?: string;
  @Required({ type: Object }) holder!: CertificateData['holder'];
  @ListOf(Object) sites!: CertificateData['sites'];
  @Required({ type: [String] }) scope!: string[];

  /** Calendar dates `YYYY-MM-DD`: they compare as strings. */
  @Required() validFrom!: string;
  @Required() validUntil!: string;
  @Required() issuedAt!: string;
  @Required({ type: Object }) cb!: CertificateData['cb'];
  @ListOf(String) mentions!: string[];
  @Required({ type: String }) locale!: CertificateData['locale'];

  /** As the last status event set it; `expired` is also derived from validUntil when read. */
  @Required({ type: String, default: 'valid' }) status!: CertificateStatus;

  /** Time of the event that set the status: an older event arriving late changes nothing. */
  @Required() statusChangedAt!: Date;
}

export const CertificateSchema = collectionSchema(Certificate, {
  tenantScoped: true,
  indexes: [
    // Serves public verification by number; one number names one certificate.
    [{ number: 1 }, { unique: true }],
    // Serves public verification by SIREN and scheme.
    { 'holder.siren': 1, schemeId: 1 },
    // Serves public verification by the SIRET of a certified site and scheme.
    { 'sites.siret': 1, schemeId: 1 },
    // Serves the public register sorted by holder name (its default order).
    { 'holder.name': 1 },
    // Serves a tenant's certificate list, newest first.
    { tenantId: 1, issuedAt: -1 },
  ],
});
