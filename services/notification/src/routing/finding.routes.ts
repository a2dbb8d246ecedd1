import type { Role } from '@certhub/contracts';
import type { FindingEventType } from './event-types';
import { applicantDossier, applicantFindings, cbAudit, cbFinding } from './portal-pages';
import { routeFamily, type RoutingTable } from './route';

export const APPLICANTS: Role[] = ['org_admin', 'org_member'];

/** The CB's staff review a finding on its page; the applicant's rules say where it answers. */
const finding = routeFamily('findings', cbFinding);
/** The auditors work on the audit's page; the applicant follows its audits on its dossier's. */
const audit = routeFamily('audit', cbAudit);

/**
 * The analyst instructing the dossier acts on what the applicant sends; before the dossier has an
 * analyst (never in practice after an audit), its CB's analysts hear about it.
 */
export const ANALYST = [
  { tenant: 'cbId', users: 'analystId' },
  { tenant: 'cbId', roles: ['analyst'], when: (p: { analystId?: string }) => !p.analystId },
] as const;

const APPLICANT = [{ tenant: 'organisationId', roles: APPLICANTS, link: applicantFindings }] as const;
const APPLICANT_AND_AUDITORS = [
  { tenant: 'organisationId', roles: APPLICANTS, link: applicantDossier },
  { tenant: 'cbId', users: 'auditorIds' },
] as const;

/**
 * docs/domain/organisation-certification.md#audit-findings: the applicant is told each time the analyst asks
 * for something (measures, proofs, a clarification), the analyst each time the applicant sends; the auditors
 * when their audit moves.
 */
export const FINDING_ROUTES: Pick<RoutingTable, FindingEventType> = {
  'certhub.audit.rescheduled.v1': audit(true, APPLICANT_AND_AUDITORS),
  'certhub.audit.cancelled.v1': audit(true, APPLICANT_AND_AUDITORS),
  'certhub.finding.recorded.v1': finding(true, ANALYST),
  'certhub.finding.rejected.v1': finding(false, [{ tenant: 'cbId', users: 'auditorIds' }]),
  'certhub.finding.measures_requested.v1': finding(true, APPLICANT),
  'certhub.finding.measures_sent.v1': finding(true, ANALYST),
  'certhub.finding.measures_reviewed.v1': finding(true, APPLICANT),
  'certhub.finding.proofs_requested.v1': finding(true, APPLICANT),
  'certhub.finding.proofs_sent.v1': finding(true, ANALYST),
  'certhub.finding.proofs_reviewed.v1': finding(true, APPLICANT),
  // The other side of the thread hears about a new message
  // (docs/domain/organisation-certification.md#finding-thread).
  'certhub.finding.message_posted.v1': finding(false, [
    { tenant: 'cbId', users: 'analystId', when: (p) => p.authorSide === 'applicant' },
    {
      tenant: 'organisationId',
      roles: APPLICANTS,
      when: (p) => p.authorSide === 'certification_body',
      link: applicantFindings,
    },
  ]),
  // The applicant who appealed the classification, and the analyst who follows the finding
  // (docs/domain/complaints-and-appeals.md#review).
  'certhub.finding.reclassified.v1': finding(true, [...APPLICANT, ...ANALYST]),
};
