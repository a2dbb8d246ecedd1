import { CLEA_FRAMEWORKS, type Candidate, type Evaluation } from '@certhub/contracts';
import type { Routes } from '../../test/render-app';

/** The demo establishment as `GET /api/v1/establishments/{id}` answers it. */
export const establishment = {
  id: 'est-demo-a',
  networkId: 'net-demo',
  trainingOrganisationId: 'of-demo',
  certifierId: 'cb-demo',
  name: 'FORMATION DÉMO Lyon',
  siret: '81234567600017',
  officialContact: { lastName: 'Durand', firstName: 'Léa', email: 'lea@example.org' },
  publicContact: {
    lastName: 'Durand',
    firstName: 'Léa',
    email: 'accueil@example.org',
    phone: '04 72 00 00 00',
  },
  address: { line1: '1 place Bellecour', postalCode: '69002', city: 'Lyon', country: 'FR' },
  region: 'ARA',
  website: 'https://lyon.example.org',
  active: true,
  organisationActive: true,
  version: 4,
  createdAt: '2026-01-05T09:00:00.000Z',
};

/** A candidate of the demo establishment, at the step a test names. */
export const candidate = (change: Partial<Candidate> = {}): Candidate =>
  ({
    id: 'cand-1',
    reference: 'CLEA-2026-000042',
    establishmentId: 'est-demo-a',
    establishmentName: 'FORMATION DÉMO Lyon',
    trainingOrganisationId: 'of-demo',
    networkId: 'net-demo',
    certifierId: 'cb-demo',
    status: 'awaiting_preliminary_evaluation',
    active: true,
    filesContextId: 'candidate:cand-1:files',
    version: 3,
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
    registrationStatus: 'job_seeker',
    trainingLevel: 3,
    mainFunder: 'france_travail',
    civility: 'mrs',
    birthName: 'Martin',
    firstName: 'Élodie',
    birthDate: '1991-03-14',
    birthCity: 'Lyon',
    birthPostalCode: '69003',
    bornAbroad: false,
    bornInOverseasCollectivity: false,
    ...change,
  }) as Candidate;

export const evaluation = (change: Partial<Evaluation> = {}): Evaluation => ({
  id: 'eval-1',
  candidateId: 'cand-1',
  kind: 'preliminary',
  status: 'draft',
  frameworkVersion: '2018',
  evaluatorName: 'Claire Martin',
  evaluatorEmail: 'claire@example.org',
  evaluatedOn: '2026-01-10',
  scores: [],
  acquired: 0,
  subDomains: 28,
  proofDocumentIds: [],
  createdAt: '2026-01-10T09:00:00.000Z',
  createdBy: 'u-est',
  reopenings: [],
  candidateVersion: 3,
  ...change,
});

/** The certification tab's answer, at the step a test names. */
export const certification = (change: Record<string, unknown> = {}) => ({
  body: { candidateId: 'cand-1', status: 'to_send', complements: [], dispatches: [], version: 3, ...change },
});

/** The certification once the jury certified the candidate, under certificate `number`. */
export const certifiedCertification = (number: string, change: Record<string, unknown> = {}) =>
  certification({
    status: 'certified',
    decision: {
      decision: 'certified',
      decidedAt: '2026-03-20T10:00:00.000Z',
      decidedBy: 'j',
      juryDate: '2026-03-20',
    },
    certificateNumber: number,
    ...change,
  });

/** Who is signed in on an establishment's side: `GET /api/v1/me` for his roles, in his perimeter. */
export const networkMe = (roles: string[]) => ({
  body: {
    userId: 'u-est',
    tenantType: 'network',
    tenantId: 'net-demo',
    roles,
    perimeter: { trainingOrganisationId: 'of-demo', establishmentId: 'est-demo-a' },
  },
});

/** Élodie Martin as the candidate search finds her, registered by another establishment. */
export const registeredElsewhere = {
  id: 'c-42',
  reference: 'CLEA-2026-000042',
  birthName: 'Martin',
  firstName: 'Élodie',
  birthDate: '1991-03-14',
  establishmentName: 'FORMATION DÉMO Dijon',
  status: 'awaiting_final_evaluation',
  mine: false,
};

const page = <T>(items: T[]) => ({ body: { items, page: 1, pageSize: 50, total: items.length } });

/** The fake gateway of a candidate's page, signed in with `roles` on the side the roles live on. */
export function candidateRoutes(
  c: Candidate,
  {
    roles = ['establishment_admin'],
    evaluations = [],
    trainings = [],
    extra = {},
  }: {
    roles?: string[];
    evaluations?: Evaluation[];
    trainings?: unknown[];
    extra?: Routes;
  } = {},
): Routes {
  const cb = roles.some((r) => ['cb_admin', 'certifier_staff', 'jury_member'].includes(r));
  return {
    'GET /api/v1/me': cb
      ? { body: { userId: 'u-cb', tenantType: 'cb', tenantId: 'cb-demo', roles } }
      : networkMe(roles),
    'GET /api/v1/notifications/unread-count': { body: { unread: 0, byCategory: {} } },
    'GET /api/v1/establishments': page([]),
    [`GET /api/v1/candidates/${c.id}`]: { body: c },
    [`GET /api/v1/candidates/${c.id}/evaluations`]: page(evaluations),
    [`GET /api/v1/candidates/${c.id}/trainings`]: page(trainings),
    'GET /api/v1/clea-framework': { body: CLEA_FRAMEWORKS[0] },
    ...extra,
  };
}
