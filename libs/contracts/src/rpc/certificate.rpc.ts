import { z } from 'zod';
import {
  CertificateLayoutSchema,
  CertificateStatusSchema,
  VerificationResultSchema,
} from '../certificates/certificate.schemas';
import { pageOf, sortablePageQuery } from '../pagination';

export const CertificateRpc = {
  /** Public, rate-limited: is this certificate number genuine and valid? */
  'certificate.verify.number': {
    http: {
      method: 'GET',
      path: '/api/v1/public/certificates/verify/{number}',
      public: true,
      tag: 'public verification',
      summary: 'Status, validity and scope of a certificate by its number (where its QR code leads)',
    },
    request: z.object({ number: z.string().trim().min(3).max(64) }).strict(),
    response: VerificationResultSchema,
  },
  /** Public: the certificates of a company (by SIREN or SIRET) for a scheme. */
  'certificate.verify.company': {
    http: {
      method: 'GET',
      path: '/api/v1/public/certificates',
      public: true,
      tag: 'public verification',
      summary: 'Certificates of a company for a scheme, by SIREN or by the SIRET of a site',
    },
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
  /**
   * Public register of certified organisations: by part of the holder's name or the number, SIREN,
   * scheme, part of the CB's name, and live status; every certificate is public by design.
   */
  'certificate.registry.search': {
    http: {
      method: 'GET',
      path: '/api/v1/public/registry',
      public: true,
      tag: 'public verification',
      summary: 'The public register: certificates by holder name or number, SIREN, scheme, CB and status',
    },
    request: sortablePageQuery(['holderName', 'validUntil', 'number'])
      .extend({
        q: z.string().trim().min(2).max(64).optional(),
        siren: z
          .string()
          .regex(/^\d{9}$/)
          .optional(),
        schemeId: z.string().min(1).max(64).optional(),
        cb: z.string().trim().min(2).max(64).optional(),
        status: CertificateStatusSchema.optional(),
      })
      .strict(),
    response: pageOf(VerificationResultSchema),
  },
  /** Public: was this exact PDF issued by certhub (SHA-256 recorded at rendering)? */
  'certificate.verify.hash': {
    http: {
      method: 'GET',
      path: '/api/v1/public/certificates/verify-hash/{sha256}',
      public: true,
      tag: 'public verification',
      summary: 'Whether a file with this SHA-256 is a PDF certhub printed, and its certificate’s status',
    },
    request: z
      .object({ sha256: z.string().regex(/^[a-f0-9]{64}$/, 'sha256 must be 64 lower-case hex digits') })
      .strict(),
    response: z.object({ genuine: z.boolean(), certificate: VerificationResultSchema.optional() }),
  },
  /** The holder's and its CB's list of certificates with download availability. */
  'certificate.list': {
    http: {
      method: 'GET',
      path: '/api/v1/certificates',
      tag: 'certificates',
      summary:
        'Certificates of your organisation, or those your certification body issued, with PDF availability',
    },
    request: sortablePageQuery(['number', 'holderName', 'schemeId', 'validFrom', 'validUntil'])
      .extend({
        status: z.enum(['valid', 'suspended', 'withdrawn', 'expired']).optional(),
      })
      .strict(),
    response: pageOf(
      VerificationResultSchema.extend({ certificateId: z.string(), pdfAvailable: z.boolean() }),
    ),
  },
  /** The CB's own look on its certificates (logo, signatory); printed from the next PDF on. */
  'certificate.layout.get': {
    http: {
      method: 'GET',
      path: '/api/v1/certificate-layout',
      roles: ['cb_admin'],
      tag: 'certificates',
      summary: 'The certification body’s logo and signatory printed on its certificates',
    },
    request: z.object({}).strict(),
    response: CertificateLayoutSchema.partial({ signatory: true }),
  },
  'certificate.layout.put': {
    http: {
      method: 'PUT',
      path: '/api/v1/certificate-layout',
      roles: ['cb_admin'],
      tag: 'certificates',
      summary:
        'Set the logo and the signatory (name, role, signature image) printed on the CB’s certificates',
    },
    request: CertificateLayoutSchema,
    response: CertificateLayoutSchema,
  },
} as const;
