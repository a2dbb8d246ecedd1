import { z } from 'zod';
import { textOf } from '../text';

const PostalAddress = z.object({
  line1: z.string(),
  line2: z.string().optional(),
  postalCode: z.string(),
  city: z.string(),
  country: z.string(),
});

/** Everything a certificate states: the record the dossier service issues and the PDF shows. */
export const CertificateDataSchema = z.object({
  certificateId: z.string(),
  number: z.string(),
  dossierId: z.string(),
  organisationId: z.string(),
  cbId: z.string(),
  schemeId: z.string(),
  schemeVersion: z.string(),
  schemeTitle: z.string(),
  level: z.string().optional(),
  holder: z.object({ name: z.string(), siren: z.string(), address: PostalAddress }),
  /** Certified sites of a multi-site organisation (empty when only the holder's address). */
  sites: z.array(z.object({ siret: z.string(), name: z.string(), address: PostalAddress })),
  /** Certified characteristics / scope statements. */
  scope: z.array(z.string()).min(1),
  validFrom: z.string().date(),
  validUntil: z.string().date(),
  issuedAt: z.string().datetime(),
  cb: z.object({ name: z.string(), address: PostalAddress, accreditation: z.string().optional() }),
  /** Mandatory mentions of the scheme (AMARC chapter VIII), printed verbatim. */
  mentions: z.array(z.string()),
  locale: z.enum(['fr', 'en']).default('fr'),
});
export type CertificateData = z.infer<typeof CertificateDataSchema>;

export const CertificateStatusSchema = z.enum(['valid', 'suspended', 'withdrawn', 'expired']);
export type CertificateStatus = z.infer<typeof CertificateStatusSchema>;

export const CertificateStatusChangeSchema = z.object({
  certificateId: z.string(),
  number: z.string(),
  organisationId: z.string(),
  cbId: z.string(),
  schemeId: z.string(),
  reason: z.string().optional(),
  at: z.string().datetime(),
  changedBy: z.string(),
});

/** What public verification answers: status, validity and scope; no personal data. */
export const VerificationResultSchema = z.object({
  number: z.string(),
  status: CertificateStatusSchema,
  holderName: z.string(),
  holderSiren: z.string(),
  schemeId: z.string(),
  /** The version of the scheme the certificate was issued under (the deadlines of a complaint about it). */
  schemeVersion: z.string().optional(),
  schemeTitle: z.string(),
  level: z.string().optional(),
  scope: z.array(z.string()),
  sites: z.array(z.object({ siret: z.string(), name: z.string() })),
  validFrom: z.string(),
  validUntil: z.string(),
  /** The certification body, by id too: a complaint about the holder is lodged with it. */
  cbId: z.string(),
  cbName: z.string(),
});

/**
 * A small PNG or JPEG as a data: URL. Printed into every PDF, so kept small (a logo, a scanned
 * signature): at 96 KB of base64 it travels as metadata, not as a file.
 */
const PrintImageSchema = z
  .string()
  .max(96_000, 'images are 96 KB at most (base64)')
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/, 'a PNG or JPEG image as a base64 data: URL');

/** What a CB prints on its certificates besides their data: its logo and who signs for it. */
export const CertificateLayoutSchema = z
  .object({
    logo: PrintImageSchema.optional(),
    signatory: z
      .object({ name: textOf(100), role: textOf(100), signature: PrintImageSchema.optional() })
      .strict(),
  })
  .strict();
export type CertificateLayout = z.infer<typeof CertificateLayoutSchema>;
