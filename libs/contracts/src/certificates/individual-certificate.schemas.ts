import { z } from 'zod';

/** An individual certificate is valid until its certifier withdraws it (CléA has no end date). */
export const IndividualCertificateStatusSchema = z.enum(['valid', 'withdrawn']);
export type IndividualCertificateStatus = z.infer<typeof IndividualCertificateStatusSchema>;

/**
 * The certificate a jury's `certified` decision issues to a candidate
 * (docs/domain/individuals-certification.md#individual-certificate): a person, not an organisation,
 * so no SIREN; read by the candidate's establishment, organisation and network and by its certifier.
 */
export const IndividualCertificateSchema = z.object({
  certificateId: z.string(),
  number: z.string(),
  candidacyId: z.string(),
  candidacyReference: z.string(),
  establishmentId: z.string(),
  holder: z.object({ givenName: z.string(), familyName: z.string(), birthDate: z.string() }),
  /** The certification's name. */
  title: z.string(),
  frameworkVersion: z.string(),
  juryDate: z.string(),
  certifier: z.object({ id: z.string(), name: z.string() }),
  issuedAt: z.string(),
  validUntil: z.string().optional(),
  status: IndividualCertificateStatusSchema,
  withdrawal: z.object({ at: z.string(), reason: z.string() }).optional(),
  pdfAvailable: z.boolean(),
});
export type IndividualCertificate = z.infer<typeof IndividualCertificateSchema>;

/** What anyone holding the number reads: enough to tell a genuine certificate, no birth date. */
export const IndividualVerificationSchema = z.object({
  number: z.string(),
  holder: z.object({ givenName: z.string(), familyName: z.string() }),
  title: z.string(),
  juryDate: z.string(),
  certifierName: z.string(),
  issuedAt: z.string(),
  validUntil: z.string().optional(),
  status: IndividualCertificateStatusSchema,
  withdrawnAt: z.string().optional(),
});
export type IndividualVerification = z.infer<typeof IndividualVerificationSchema>;

/**
 * The candidate's side (his training network) prints a certificate's PDF this many times per
 * calendar month (UTC); the certifier and the platform print it without limit. Past it: 429
 * `rate_limited` with `details.limit`, `details.period` and `details.nextPeriodOn`.
 */
export const INDIVIDUAL_PRINTS_PER_MONTH = 3;
