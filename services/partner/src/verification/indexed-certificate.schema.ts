import { Prop } from '@nestjs/mongoose';
import type { CertificateStatus } from '@certhub/contracts';
import { Collection, collectionSchema, Id, ListOf, Required } from '@certhub/platform';

/**
 * The partner service's own verification index, built from certificate events: a batch of 500
 * SIRETs is one query here, and it agrees with the events partners receive. Public data (what
 * public verification answers), so not tenant-scoped; the partner's CB scope filters it on read.
 */
@Collection('indexed_certificates')
export class IndexedCertificate {
  /** The certificate id. */
  @Id() _id!: string;

  /** Absent while only a status event is known (the issuing event is older than the stream). */
  @Prop() number?: string;
  @Prop() schemeId?: string;
  @Prop() cbId?: string;

  /** The holder's SIREN. */
  @Prop() siren?: string;

  /** Certified sites; empty when the certificate covers the holder (any of its establishments). */
  @ListOf(String) sirets!: string[];

  /** `YYYY-MM-DD`: compares as a string. */
  @Prop() validUntil?: string;
  @Required({ type: String, default: 'valid' }) status!: CertificateStatus;

  /** Stream sequence of the event that set the status: an older event arriving late changes nothing. */
  @Required({ default: 0 }) statusSeq!: number;

  /** The certificate that renewed this one. */
  @Prop() supersededBy?: string;
}

export const IndexedCertificateSchema = collectionSchema(IndexedCertificate, {
  tenantScoped: false,
  indexes: [
    // partner.verify: certificates of a scheme naming one of the SIRETs as a certified site…
    { schemeId: 1, sirets: 1 },
    // …or held by one of their SIRENs.
    { schemeId: 1, siren: 1 },
  ],
});
