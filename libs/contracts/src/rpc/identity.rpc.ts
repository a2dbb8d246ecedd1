import { z } from 'zod';
import {
  CertificationBodySchema,
  CompanySchema,
  CreateCertificationBodyRequestSchema,
  InviteUserRequestSchema,
  OrganisationChangeSchema,
  OrganisationListQuerySchema,
  OrganisationSchema,
  RegistrationRequestSchema,
  RegistrationResponseSchema,
  SiretSchema,
  SiteSchema,
  SitesImportUploadSchema,
  UpdateOrganisationRequestSchema,
  UserListQuerySchema,
  UserSchema,
  pageOf,
} from '../identity/identity.schemas';
import { PageQuerySchema, sortablePageQuery } from '../pagination';
import { RoleSchema, type Role } from '../roles';
import { routesOf } from './http';
import { id } from '../fields';

/**
 * Who manages users: a tenant's administrators all of it, a training organisation's or an
 * establishment's administrator those of his perimeter (docs/domain/training-networks.md#roles-and-perimeter).
 */
const USER_MANAGERS: readonly Role[] = [
  'platform_admin',
  'cb_admin',
  'org_admin',
  'network_admin',
  'network_supervisor',
  'training_org_admin',
  'establishment_admin',
];

const userManagement = routesOf({ roles: USER_MANAGERS, tag: 'users' });
/** An organisation's sites: its administrator declares them, or the platform for it. */
const organisationSites = routesOf({ roles: ['org_admin', 'platform_admin'], tag: 'organisations' });

export const IdentityRpc = {
  /** Public: pre-fill from the company registry. */
  'identity.companies.lookup': {
    http: {
      method: 'GET',
      path: '/api/v1/companies/{siret}',
      public: true,
      tag: 'registration',
      summary: 'Company details from the registry, to pre-fill registration',
    },
    request: z.object({ siret: SiretSchema }).strict(),
    response: CompanySchema,
  },
  /**
   * Public: find a company to register. Offline (the bundled demo dataset), the headquarters of
   * the demo companies not registered yet, so a newcomer finds one that works; against the live
   * registry, its full-text search (`q` needed), registered or not: real companies' registration
   * is not said to anyone (docs/architecture/security.md#accounts-are-not-enumerable).
   */
  'identity.companies.search': {
    http: {
      method: 'GET',
      path: '/api/v1/companies',
      public: true,
      tag: 'registration',
      summary: 'Find a company to register, by name, SIREN or SIRET (demo: the demo companies still free)',
    },
    request: PageQuerySchema.extend({ q: z.string().trim().max(100).optional() }).strict(),
    response: pageOf(CompanySchema),
  },
  /**
   * Public: self-registration of an organisation and its first admin
   * (docs/domain/roles-and-tenancy.md#self-registration).
   */
  'identity.registrations.create': {
    http: {
      method: 'POST',
      path: '/api/v1/registrations',
      status: 201,
      public: true,
      tag: 'registration',
      summary: 'Register an organisation and its first administrator; a verification e-mail follows',
    },
    request: RegistrationRequestSchema,
    response: RegistrationResponseSchema,
  },
  'identity.organisations.get': {
    http: {
      method: 'GET',
      path: '/api/v1/organisations/{organisationId}',
      tag: 'organisations',
      summary: 'One organisation',
    },
    request: z.object({ organisationId: id }).strict(),
    response: OrganisationSchema,
  },
  'identity.organisations.list': {
    http: {
      method: 'GET',
      path: '/api/v1/organisations',
      roles: ['platform_admin', 'scheme_manager'],
      tag: 'organisations',
      summary: 'Organisations, searchable by name or SIREN',
    },
    request: OrganisationListQuerySchema,
    response: pageOf(OrganisationSchema),
  },
  /** The organisation's administrator keeps its master data and contacts up to date. */
  'identity.organisations.update': {
    http: {
      method: 'PATCH',
      path: '/api/v1/organisations/{organisationId}',
      roles: ['org_admin'],
      tag: 'organisations',
      summary: 'Edit the organisation’s master data and contacts (name, address, phone, e-mail, website)',
    },
    request: UpdateOrganisationRequestSchema,
    response: OrganisationSchema,
  },
  'identity.organisations.history': {
    http: {
      method: 'GET',
      path: '/api/v1/organisations/{organisationId}/history',
      tag: 'organisations',
      summary: 'Who changed the organisation’s master data, when, from what to what (newest first)',
    },
    request: PageQuerySchema.extend({ organisationId: id }).strict(),
    response: pageOf(OrganisationChangeSchema),
  },
  /** platform_admin only (docs/domain/roles-and-tenancy.md#organisation-activation). */
  'identity.organisations.set-active': {
    http: {
      method: 'PUT',
      path: '/api/v1/organisations/{organisationId}/active',
      roles: ['platform_admin'],
      tag: 'organisations',
      summary: 'Activate or deactivate an organisation (the platform only)',
    },
    request: z.object({ organisationId: id, active: z.boolean() }).strict(),
    response: OrganisationSchema,
  },
  'identity.sites.add': {
    http: organisationSites({
      method: 'POST',
      path: '/api/v1/organisations/{organisationId}/sites',
      status: 201,
      summary: 'Declare a site by SIRET; its details come from the company registry',
    }),
    request: z.object({ organisationId: id, siret: SiretSchema }).strict(),
    response: SiteSchema,
  },
  'identity.sites.list': {
    http: {
      method: 'GET',
      path: '/api/v1/organisations/{organisationId}/sites',
      tag: 'organisations',
      summary: 'The organisation’s sites',
    },
    request: sortablePageQuery(['siret', 'name', 'createdAt']).extend({ organisationId: id }).strict(),
    response: pageOf(SiteSchema),
  },
  /**
   * Opens the upload of a sites spreadsheet (docs/domain/roles-and-tenancy.md#multi-site-organisations):
   * where to upload it and the template it must keep (sheet and header row, checked on upload).
   */
  'identity.sites.import-upload': {
    http: organisationSites({
      method: 'POST',
      path: '/api/v1/organisations/{organisationId}/sites/import-upload',
      summary: 'Where to upload a sites spreadsheet, and its template',
    }),
    request: z.object({ organisationId: id }).strict(),
    response: SitesImportUploadSchema,
  },
  /**
   * Declares every site a spreadsheet of the import context lists, all or none: one rejected row
   * and nothing is imported (422, one error per rejected cell, `rows.<line>.<column>`).
   */
  'identity.sites.import': {
    http: organisationSites({
      method: 'POST',
      path: '/api/v1/organisations/{organisationId}/sites/import',
      status: 201,
      summary: 'Declare the sites of an uploaded spreadsheet (all rows valid, or none imported)',
    }),
    request: z.object({ organisationId: id, documentId: id }).strict(),
    response: z.object({ imported: z.number().int(), sites: z.array(SiteSchema) }),
  },
  'identity.certification-bodies.create': {
    http: {
      method: 'POST',
      path: '/api/v1/certification-bodies',
      status: 201,
      roles: ['platform_admin'],
      tag: 'certification bodies',
      summary: 'Add a certification body (a tenant of the platform)',
    },
    request: CreateCertificationBodyRequestSchema,
    response: CertificationBodySchema,
  },
  /**
   * A new CB's first administrator, by platform staff: once there, the CB's admins invite the rest
   * of its people themselves (docs/domain/roles-and-tenancy.md#invitation).
   */
  'identity.certification-bodies.invite-admin': {
    http: {
      method: 'POST',
      path: '/api/v1/certification-bodies/{cbId}/admins',
      status: 201,
      roles: ['platform_admin'],
      tag: 'certification bodies',
      summary: 'Invite an administrator (cb_admin) into a certification body; a first-login e-mail follows',
    },
    request: InviteUserRequestSchema.omit({ role: true }).extend({ cbId: id }).strict(),
    response: UserSchema,
  },
  /** Platform staff read a CB's people; managing them stays with the CB's own administrators. */
  'identity.certification-bodies.users': {
    http: {
      method: 'GET',
      path: '/api/v1/certification-bodies/{cbId}/users',
      roles: ['platform_admin'],
      tag: 'certification bodies',
      summary: 'The users of a certification body, searchable (platform administrators, read only)',
    },
    request: UserListQuerySchema.extend({ cbId: id }).strict(),
    response: pageOf(UserSchema),
  },
  'identity.certification-bodies.list': {
    http: {
      method: 'GET',
      path: '/api/v1/certification-bodies',
      shared: true,
      tag: 'certification bodies',
      summary: 'Certification bodies (reference data every tenant sees)',
    },
    request: sortablePageQuery(['name', 'code', 'createdAt']).strict(),
    response: pageOf(CertificationBodySchema),
  },
  'identity.users.invite': {
    http: userManagement({
      method: 'POST',
      path: '/api/v1/users',
      status: 201,
      summary:
        'Invite a user into your tenant (a training network: into your perimeter) with a role not above your own; a first-login e-mail follows',
    }),
    request: InviteUserRequestSchema,
    response: UserSchema,
  },
  'identity.users.list': {
    http: userManagement({
      method: 'GET',
      path: '/api/v1/users',
      summary:
        'Users of your tenant, searchable (an organisation’s or establishment’s administrator: those of his perimeter)',
    }),
    request: UserListQuerySchema,
    response: pageOf(UserSchema),
  },
  'identity.users.get': {
    http: userManagement({
      method: 'GET',
      path: '/api/v1/users/{userId}',
      summary: 'One user of your tenant (of your perimeter, in a training network)',
    }),
    request: z.object({ userId: id }).strict(),
    response: UserSchema,
  },
  'identity.users.set-enabled': {
    http: userManagement({
      method: 'PUT',
      path: '/api/v1/users/{userId}/enabled',
      summary:
        'Deactivate or reactivate a user of your tenant (of your perimeter), of a role not above your own',
    }),
    request: z.object({ userId: id, enabled: z.boolean() }).strict(),
    response: UserSchema,
  },
  /**
   * Internal only (the SYSTEM principal; no gateway route): whether a signed-in user may still act.
   * The gateway asks it (cached for seconds) on each request, so a deactivated user's access token
   * stops working at once instead of when it expires. An id identity does not know (a partner's
   * service account) is active: Keycloak alone governs it.
   */
  'identity.users.access': {
    request: z.object({ userId: id }).strict(),
    response: z.object({ active: z.boolean() }),
  },
  /**
   * Internal only (the SYSTEM principal; no gateway route): the enabled users of one tenant that
   * notifications go to, narrowed by role and/or user id (both given: users matching both).
   * `within` narrows a training network's users to those whose perimeter reaches one place: the
   * network's own staff, the organisation's, and the establishment's own users
   * (docs/domain/notifications.md#individuals-line); users of other places of the network are left out.
   */
  'identity.recipients.resolve': {
    request: z
      .object({
        tenantId: id,
        roles: z.array(RoleSchema).min(1).optional(),
        userIds: z.array(id).min(1).max(100).optional(),
        within: z
          .object({ trainingOrganisationId: id.optional(), establishmentId: id.optional() })
          .strict()
          .optional(),
      })
      .strict(),
    response: z.array(
      UserSchema.pick({ email: true, firstName: true, lastName: true, role: true, locale: true }).extend({
        userId: z.string(),
      }),
    ),
  },
} as const;
