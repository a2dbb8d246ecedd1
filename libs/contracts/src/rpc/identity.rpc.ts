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
import { sortablePageQuery } from '../pagination';
import { RoleSchema } from '../roles';

const id = z.string().min(1).max(64);

export const IdentityRpc = {
  /** Public: pre-fill from the company registry. */
  'identity.companies.lookup': {
    request: z.object({ siret: SiretSchema }).strict(),
    response: CompanySchema,
  },
  /**
   * Public: self-registration of an organisation and its first admin
   * (docs/domain/roles-and-tenancy.md#self-registration).
   */
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
  /** platform_admin only (docs/domain/roles-and-tenancy.md#organisation-activation). */
  'identity.organisations.set-active': {
    request: z.object({ organisationId: id, active: z.boolean() }).strict(),
    response: OrganisationSchema,
  },
  'identity.sites.add': {
    request: z.object({ organisationId: id, siret: SiretSchema }).strict(),
    response: SiteSchema,
  },
  'identity.sites.list': {
    request: sortablePageQuery(['siret', 'name', 'createdAt']).extend({ organisationId: id }).strict(),
    response: pageOf(SiteSchema),
  },
  'identity.certification-bodies.create': {
    request: CreateCertificationBodyRequestSchema,
    response: CertificationBodySchema,
  },
  'identity.certification-bodies.list': {
    request: sortablePageQuery(['name', 'code', 'createdAt']).strict(),
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
  /**
   * Internal only (the SYSTEM principal; no gateway route): the enabled users of one tenant that
   * notifications go to, narrowed by role and/or user id (both given: users matching both).
   */
  'identity.recipients.resolve': {
    request: z
      .object({
        tenantId: id,
        roles: z.array(RoleSchema).min(1).optional(),
        userIds: z.array(id).min(1).max(100).optional(),
      })
      .strict(),
    response: z.array(
      UserSchema.pick({ email: true, firstName: true, lastName: true, role: true, locale: true }).extend({
        userId: z.string(),
      }),
    ),
  },
} as const;
