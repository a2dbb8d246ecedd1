import { demoRoutes, dossierFixture, type Routes } from '../../test/render-app';

/** The CB's side of the fake gateway: a cb_admin (or any CB role) of cb-demo and its people. */
export const cbRoutes = (roles: string[], userId = 'u-cb'): Routes => ({
  ...demoRoutes,
  'GET /api/v1/me': { body: { userId, tenantType: 'cb', tenantId: 'cb-demo', roles } },
  'GET /api/v1/users': {
    body: {
      items: [
        cbUser('u-ana', 'Anne', 'Lyse', 'analyst'),
        cbUser('u-ben', 'Benoît', 'Dossier', 'analyst'),
        cbUser('u-aud', 'Aude', 'Iteur', 'auditor'),
      ],
      page: 1,
      pageSize: 100,
      total: 3,
    },
  },
  'GET /api/v1/findings': { body: { items: [], page: 1, pageSize: 100, total: 0 } },
});

/** A CB staff member as `GET /api/v1/users` lists them. */
export const cbUser = (id: string, firstName: string, lastName: string, role: string) => ({
  id,
  email: `${id}@certhub.local`,
  firstName,
  lastName,
  role,
  tenantType: 'cb',
  tenantId: 'cb-demo',
  enabled: true,
  emailVerified: true,
  locale: 'fr',
  createdAt: '2026-01-01T00:00:00Z',
});

export const cbDossier = (overrides: Record<string, unknown> = {}) =>
  dossierFixture({
    createdAt: '2026-01-10T09:00:00Z',
    updatedAt: '2026-02-01T09:00:00Z',
    cycle: { surveillanceDue: [] },
    ...overrides,
  });

export const auditFinding = (overrides: Record<string, unknown> = {}) => ({
  id: 'f-1',
  number: 'NC0003',
  dossierId: 'd-1',
  auditId: 'a-1',
  organisationId: 'org-demo',
  cbId: 'cb-demo',
  schemeId: 'label-engagement',
  requirementId: '2.1',
  severity: 'major',
  description: 'Les réclamations ne sont pas tracées',
  dueDate: '2026-05-01',
  late: false,
  overdue: false,
  status: 'measures_sent',
  open: true,
  items: [
    {
      id: 'i-1',
      kind: 'measure',
      status: 'sent',
      ready: false,
      text: 'Registre des réclamations',
      documentIds: [],
      updatedAt: '2026-03-01T10:00:00Z',
    },
  ],
  recordedAt: '2026-03-01T09:00:00Z',
  recordedBy: 'u-aud',
  version: 4,
  trail: [],
  ...overrides,
});
