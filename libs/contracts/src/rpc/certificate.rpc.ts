import { z } from 'zod';
import { VerificationResultSchema } from '../certificates/certificate.schemas';
import { sortablePageQuery } from '../pagination';

export const CertificateRpc = {
  /** Public, rate-limited: is this certificate number genuine and valid? */
  'certificate.verify.number': {
    request: z.object({ number: z.string().trim().min(3).max(64) }).strict(),
    response: VerificationResultSchema,
  },
  /** Public: the certificates of a company (by SIREN or SIRET) for a scheme. */
  'certificate.verify.company': {
    request: z
      .object({
        siren: z
          .string()
          .regex(/^\d{9}$/)
          .optional(),
        siret: z
          .string()
          .regex(/^\d{14}$/)
          .optional(),
        schemeId: z.string().min(1),
      })
      .strict()
      .refine((v) => Boolean(v.siren) !== Boolean(v.siret), 'give either siren or siret'),
    response: z.object({ items: z.array(VerificationResultSchema) }),
  },
  /** Public: was this exact PDF issued by certhub (SHA-256 recorded at rendering)? */
  'certificate.verify.hash': {
    request: z
      .object({ sha256: z.string().regex(/^[a-f0-9]{64}$/, 'sha256 must be 64 lower-case hex digits') })
      .strict(),
    response: z.object({ genuine: z.boolean(), certificate: VerificationResultSchema.optional() }),
  },
  /** The holder's and its CB's list of certificates with download availability. */
  'certificate.list': {
    request: sortablePageQuery(['number', 'holderName', 'schemeId', 'validFrom', 'validUntil'])
      .extend({
        status: z.enum(['valid', 'suspended', 'withdrawn', 'expired']).optional(),
      })
      .strict(),
    response: z.object({
      items: z.array(
        VerificationResultSchema.extend({ certificateId: z.string(), pdfAvailable: z.boolean() }),
      ),
      page: z.number(),
      pageSize: z.number(),
      total: z.number(),
    }),
  },
} as const;
