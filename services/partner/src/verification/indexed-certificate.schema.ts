import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { CertificateStatus } from '@certhub/contracts';

/**
 * The partner service's own verification index, built from certificate events: a batch of 500
 * SIRETs is one query here, and it agrees with the events partners receive. Public data (what
 * public verification answers), so not tenant-scoped; the partner's CB scope filters it on read.
 */
@Schema({ collection: 'indexed_certificates', versionKey: false })
export class IndexedCertificate {
  /** The certificate id. */
  @Prop({ type: String, required: true })
  _id!: string;

  /** Absent while only a status event is known (the issuing event is older than the stream). */
  @Prop()
  number?: string;

  @Prop()
  schemeId?: string;

  @Prop()
  cbId?: string;

  /** The holder's SIREN. */
  @Prop()
  siren?: string;

  /** Certified sites; empty when the certificate covers the holder (any of its establishments). */
  @Prop({ type: [String], default: [] })
  sirets!: string[];

  /** `YYYY-MM-DD`: compares as a string. */
  @Prop()
  validUntil?: string;

  @Prop({ type: String, required: true, default: 'valid' })
  status!: CertificateStatus;

  /** Stream sequence of the event that set the status: an older event arriving late changes nothing. */
  @Prop({ required: true, default: 0 })
  statusSeq!: number;

  /** The certificate that renewed this one. */
  @Prop()
  supersededBy?: string;
}

export const IndexedCertificateSchema = SchemaFactory.createForClass(IndexedCertificate);
// partner.verify: certificates of a scheme naming one of the SIRETs as a certified site…
IndexedCertificateSchema.index({ schemeId: 1, sirets: 1 });
// …or held by one of their SIRENs.
IndexedCertificateSchema.index({ schemeId: 1, siren: 1 });
