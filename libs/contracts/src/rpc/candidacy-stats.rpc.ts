import { z } from 'zod';
import { CandidacyStatusSchema } from '../candidacy/candidate.schemas';
import { pageOf } from '../identity/identity.schemas';
import { PageQuerySchema } from '../pagination';
import { CANDIDACY_FOLLOWERS, type Role } from '../roles';
import { id } from '../fields';

/** The Stats tab is for administrators: of organisations and networks, and the certifier's. */
export const CANDIDACY_STATS_ROLES = [
  'network_admin',
  'network_supervisor',
  'training_org_admin',
  'cb_admin',
  'certifier_staff',
  'platform_admin',
] as const satisfies readonly Role[];

const count = z.number().int().min(0);

/** Narrows the figures to one part of the caller's perimeter, never beyond it. */
const PerimeterFilterShape = {
  establishmentId: id.optional(),
  trainingOrganisationId: id.optional(),
  networkId: id.optional(),
};

const CandidacyLineSchema = z.object({
  candidateId: z.string(),
  reference: z.string(),
  establishmentId: z.string(),
  status: CandidacyStatusSchema,
  at: z.string().datetime(),
});

export const CandidacyStatsRpc = {
  /** The home dashboard of the individuals' line: what waits for whom, and what moved last. */
  'analytics.candidacy-dashboard': {
    http: {
      method: 'GET',
      path: '/api/v1/candidacy-stats/dashboard',
      roles: CANDIDACY_FOLLOWERS,
      tag: 'candidacy statistics',
      summary:
        'Candidacies waiting for a preliminary or final evaluation or for a jury, the latest changes and the latest certified',
    },
    request: z.object(PerimeterFilterShape).strict(),
    response: z.object({
      asOf: z.string().datetime(),
      awaitingPreliminaryEvaluation: count,
      awaitingFinalEvaluation: count,
      /** Sent to certification and not decided yet (waiting for a session, in one, or for a complement). */
      awaitingJury: count,
      latestChanges: z.array(CandidacyLineSchema),
      latestCertified: z.array(CandidacyLineSchema),
    }),
  },
  /** The Stats tab's general figures. */
  'analytics.candidacy-stats': {
    http: {
      method: 'GET',
      path: '/api/v1/candidacy-stats',
      roles: CANDIDACY_STATS_ROLES,
      tag: 'candidacy statistics',
      summary: 'Candidacies in all, certified, in progress, not certified and abandoned, and per status',
    },
    request: z.object(PerimeterFilterShape).strict(),
    response: z.object({
      asOf: z.string().datetime(),
      candidacies: count,
      certified: count,
      inProgress: count,
      notCertified: count,
      abandoned: count,
      byStatus: z.array(z.object({ status: CandidacyStatusSchema, count })),
    }),
  },
  /** Candidacies abandoned in the last days (30 by default), latest first. */
  'analytics.candidacy-abandoned': {
    http: {
      method: 'GET',
      path: '/api/v1/candidacy-stats/abandoned',
      roles: CANDIDACY_FOLLOWERS,
      tag: 'candidacy statistics',
      summary:
        'Candidacies abandoned in the last days (30 by default), by hand or after 5 years without news',
    },
    request: PageQuerySchema.extend({
      ...PerimeterFilterShape,
      days: z.coerce.number().int().min(1).max(366).default(30),
    }).strict(),
    response: pageOf(
      z.object({
        candidateId: z.string(),
        reference: z.string(),
        establishmentId: z.string(),
        abandonedAt: z.string().datetime(),
        reason: z.string().optional(),
      }),
    ),
  },
} as const;
