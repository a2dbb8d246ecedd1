import { z } from 'zod';
import {
  CertificationBodySchema,
  CompanySchema,
  CreateCertificationBodyRequestSchema,
  InviteUserRequestSchema,
  OrganisationListQuerySchema,
  OrganisationSchema,
  RegistrationRequestSchema,
  RegistrationResponseSchema,
  SiretSchema,
  SiteSchema,
  UserListQuerySchema,
  UserSchema,
  pageOf,
} from '../identity/identity.schemas';
import { PageQuerySchema } from '../pagination';
import { VerificationResultSchema } from '../certificates/certificate.schemas';

const id = z.string().min(1).max(64);

/**
 * Request/reply subjects (`<service>.<verb>`) with their request and response schemas. The gateway
 * and services type their calls through this map; services validate requests against it.
 */
export const RpcCatalog = {
  'analytics.event-counts': {
    request: z
      .object({
        // `?types=a,b` or `?types=a&types=b`
        types: z
          .preprocess((v) => (typeof v === 'string' ? v.split(',') : v), z.array(z.string().min(1)))
          .optional(),
      })
      .strict(),
    response: z.object({ counts: z.record(z.string(), z.number().int()) }),
  },
  /** Public: pre-fill from the company registry. */
  'identity.companies.lookup': {
    request: z.object({ siret: SiretSchema }).strict(),
    response: CompanySchema,
  },
  /** Public: self-registration of an organisation and its first admin (seed 000). */
  'identity.registrations.create': {
    request: RegistrationRequestSchema,
    response: RegistrationResponseSchema,
  },
  'identity.organisations.get': {
    request: z.object({ organisationId: id }).strict(),
    response: OrganisationSchema,
  },
  'identity.organisations.list': {
    request: OrganisationListQuerySchema,
    response: pageOf(OrganisationSchema),
  },
  /** platform_admin only (seed 002). */
  'identity.organisations.set-active': {
    request: z.object({ organisationId: id, active: z.boolean() }).strict(),
    response: OrganisationSchema,
  },
  'identity.sites.add': {
    request: z.object({ organisationId: id, siret: SiretSchema }).strict(),
    response: SiteSchema,
  },
  'identity.sites.list': {
    request: PageQuerySchema.extend({ organisationId: id }).strict(),
    response: pageOf(SiteSchema),
  },
  'identity.certification-bodies.create': {
    request: CreateCertificationBodyRequestSchema,
    response: CertificationBodySchema,
  },
  'identity.certification-bodies.list': {
    request: PageQuerySchema.strict(),
    response: pageOf(CertificationBodySchema),
  },
  'identity.users.invite': {
    request: InviteUserRequestSchema,
    response: UserSchema,
  },
  'identity.users.list': {
    request: UserListQuerySchema,
    response: pageOf(UserSchema),
  },
  'identity.users.get': {
    request: z.object({ userId: id }).strict(),
    response: UserSchema,
  },
  'identity.users.set-enabled': {
    request: z.object({ userId: id, enabled: z.boolean() }).strict(),
    response: UserSchema,
  },
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
    request: PageQuerySchema.extend({
      status: z.enum(['valid', 'suspended', 'withdrawn', 'expired']).optional(),
    }).strict(),
    response: z.object({
      items: z.array(
        VerificationResultSchema.extend({ certificateId: z.string(), pdfAvailable: z.boolean() }),
      ),
      page: z.number(),
      pageSize: z.number(),
      total: z.number(),
    }),
  },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type RpcSubject = keyof typeof RpcCatalog;
/** What a caller sends (before parsing: defaults and coercions not applied yet). */
export type RpcRequest<K extends RpcSubject> = z.input<(typeof RpcCatalog)[K]['request']>;
/** What a handler receives: the request as parsed by the receiving edge. */
export type RpcPayload<K extends RpcSubject> = z.output<(typeof RpcCatalog)[K]['request']>;
export type RpcResponse<K extends RpcSubject> = z.infer<(typeof RpcCatalog)[K]['response']>;
