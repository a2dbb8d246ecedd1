import { z } from 'zod';
import { CertificateDataSchema, CertificateStatusChangeSchema } from '../certificates/certificate.schemas';

export const CertificateEvents = {
  'certhub.certificate.issued.v1': {
    subject: 'evt.dossier.certificate.issued',
    summary: 'A certification decision granted a certificate',
    schema: CertificateDataSchema,
  },
  'certhub.certificate.renewed.v1': {
    subject: 'evt.dossier.certificate.renewed',
    summary: 'A renewal decision issued a new certificate replacing the previous one',
    schema: CertificateDataSchema.extend({ previousCertificateId: z.string() }),
  },
  'certhub.certificate.suspended.v1': {
    subject: 'evt.dossier.certificate.suspended',
    summary: 'A certificate was suspended',
    schema: CertificateStatusChangeSchema,
  },
  'certhub.certificate.reinstated.v1': {
    subject: 'evt.dossier.certificate.reinstated',
    summary: 'A suspended certificate was reinstated',
    schema: CertificateStatusChangeSchema,
  },
  'certhub.certificate.withdrawn.v1': {
    subject: 'evt.dossier.certificate.withdrawn',
    summary: 'A certificate was withdrawn',
    schema: CertificateStatusChangeSchema,
  },
  'certhub.certificate.expired.v1': {
    subject: 'evt.dossier.certificate.expired',
    summary: 'A certificate reached the end of its validity',
    schema: CertificateStatusChangeSchema,
  },
  'certhub.certificate.rendered.v1': {
    subject: 'evt.certificate.certificate.rendered',
    summary: 'The PDF of a certificate was rendered and stored',
    schema: z.object({
      certificateId: z.string(),
      number: z.string(),
      organisationId: z.string(),
      cbId: z.string(),
      sha256: z.string().regex(/^[a-f0-9]{64}$/),
      version: z.number().int().min(1),
    }),
  },
  'certhub.certificate.individual_issued.v1': {
    subject: 'evt.certificate.individual.issued',
    summary: 'A person was certified at the end of his candidacy: his individual certificate was issued',
    schema: z.object({
      certificateId: z.string(),
      number: z.string(),
      /** The certifier's CB. */
      cbId: z.string(),
      candidacyId: z.string(),
      holder: z.object({ givenName: z.string(), familyName: z.string() }),
      /** The certification's name. */
      title: z.string(),
      issuedAt: z.string().datetime(),
      validUntil: z.string().datetime().optional(),
    }),
  },
  'certhub.certificate.individual_withdrawn.v1': {
    subject: 'evt.certificate.individual.withdrawn',
    summary: 'An individual certificate was withdrawn',
    schema: z.object({ certificateId: z.string(), number: z.string(), cbId: z.string(), reason: z.string() }),
  },
} as const;
