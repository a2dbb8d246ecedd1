import { z } from 'zod';
import {
  IndividualCertificateSchema,
  IndividualCertificateStatusSchema,
  IndividualVerificationSchema,
} from '../certificates/individual-certificate.schemas';
import { pageOf, sortablePageQuery } from '../pagination';
import { CANDIDACY_FOLLOWERS } from '../roles';
import { CredentialResponseSchema } from './credentials.rpc';
import { routesOf } from './http';

const certificateId = z.string().trim().min(1).max(64);
/** Who reads a candidate's certificate: its training side and certifier, and the jury that awarded it. */
const certificateReaders = routesOf({
  roles: [...CANDIDACY_FOLLOWERS, 'jury_member'],
  tag: 'individual certificates',
});

/** The individual certificates of the individuals' line, kept by the certificate service. */
export const IndividualCertificateRpc = {
  'certificate.individual.list': {
    http: certificateReaders({
      method: 'GET',
      path: '/api/v1/individual-certificates',
      summary:
        'Individual certificates of your perimeter’s candidates, or those your certifier issued, with PDF availability',
    }),
    request: sortablePageQuery(['number', 'issuedAt', 'familyName'])
      .extend({
        status: IndividualCertificateStatusSchema.optional(),
        candidacyId: z.string().trim().min(1).max(64).optional(),
      })
      .strict(),
    response: pageOf(IndividualCertificateSchema),
  },
  'certificate.individual.get': {
    http: certificateReaders({
      method: 'GET',
      path: '/api/v1/individual-certificates/{certificateId}',
      summary:
        'One individual certificate (the candidate’s establishment, organisation, network and certifier)',
    }),
    request: z.object({ certificateId }).strict(),
    response: IndividualCertificateSchema,
  },
  /**
   * The person's Open Badge, to whoever reads the certificate itself: the candidate holds no
   * account, so her training side hands it over (the file and QR code are gateway routes beside it).
   */
  'certificate.individual.credential': {
    http: certificateReaders({
      method: 'GET',
      path: '/api/v1/individual-certificates/{certificateId}/credential',
      summary:
        'The individual certificate as an Open Badge 3.0 credential (the candidate’s establishment, organisation, network and certifier)',
    }),
    request: z.object({ certificateId }).strict(),
    response: CredentialResponseSchema,
  },
  'certificate.individual.withdraw': {
    http: {
      method: 'POST',
      path: '/api/v1/individual-certificates/{certificateId}/withdrawal',
      roles: ['cb_admin', 'certifier_staff'],
      tag: 'individual certificates',
      summary: 'Withdraw an individual certificate, with a reason (its certifier)',
    },
    request: z.object({ certificateId, reason: z.string().trim().min(3).max(1000) }).strict(),
    response: IndividualCertificateSchema,
  },
  /** Public, rate-limited like the organisations' verification. */
  'certificate.individual.verify': {
    http: {
      method: 'GET',
      path: '/api/v1/public/individual-certificates/verify/{number}',
      public: true,
      tag: 'public verification',
      summary: 'Whether an individual certificate of this number was issued, to whom, and whether it stands',
    },
    request: z.object({ number: z.string().trim().min(3).max(64) }).strict(),
    response: IndividualVerificationSchema,
  },
} as const;
