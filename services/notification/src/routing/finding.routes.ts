import type { Role } from '@certhub/contracts';
import type { FindingEventType } from './event-types';
import { path, type RoutingTable } from './route';

export const APPLICANTS: Role[] = ['org_admin', 'org_member'];

const findingLink = (p: { dossierId: string; findingId: string }) =>
  path`/dossiers/${p.dossierId}/findings/${p.findingId}`;
const auditLink = (p: { dossierId: string; auditId: string }) =>
  path`/dossiers/${p.dossierId}/audits/${p.auditId}`;

/**
 * The analyst instructing the dossier acts on what the applicant sends; before the dossier has an
 * analyst (never in practice after an audit), its CB's analysts hear about it.
 */
export const ANALYST = [
  { tenant: 'cbId', users: 'analystId' },
  { tenant: 'cbId', roles: ['analyst'], when: (p: { analystId?: string }) => !p.analystId },
] as const;

/**
 * docs/domain/organisation-certification.md#audit-findings: the applicant is told each time the analyst asks
 * for something (measures, proofs, a clarification), the analyst each time the applicant sends; the auditors
 * when their audit moves.
 */
export const FINDING_ROUTES: Pick<RoutingTable, FindingEventType> = {
  'certhub.audit.rescheduled.v1': {
    category: 'audit',
    mandatory: true,
    recipients: [
      { tenant: 'organisationId', roles: APPLICANTS },
      { tenant: 'cbId', users: 'auditorIds' },
    ],
    link: auditLink,
  },
  'certhub.audit.cancelled.v1': {
    category: 'audit',
    mandatory: true,
    recipients: [
      { tenant: 'organisationId', roles: APPLICANTS },
      { tenant: 'cbId', users: 'auditorIds' },
    ],
    link: auditLink,
  },
  'certhub.finding.recorded.v1': {
    category: 'findings',
    mandatory: true,
    recipients: ANALYST,
    link: findingLink,
  },
  'certhub.finding.rejected.v1': {
    category: 'findings',
    mandatory: false,
    recipients: [{ tenant: 'cbId', users: 'auditorIds' }],
    link: findingLink,
  },
  'certhub.finding.measures_requested.v1': {
    category: 'findings',
    mandatory: true,
    recipients: [{ tenant: 'organisationId', roles: APPLICANTS }],
    link: findingLink,
  },
  'certhub.finding.measures_sent.v1': {
    category: 'findings',
    mandatory: true,
    recipients: ANALYST,
    link: findingLink,
  },
  'certhub.finding.measures_reviewed.v1': {
    category: 'findings',
    mandatory: true,
    recipients: [{ tenant: 'organisationId', roles: APPLICANTS }],
    link: findingLink,
  },
  'certhub.finding.proofs_requested.v1': {
    category: 'findings',
    mandatory: true,
    recipients: [{ tenant: 'organisationId', roles: APPLICANTS }],
    link: findingLink,
  },
  'certhub.finding.proofs_sent.v1': {
    category: 'findings',
    mandatory: true,
    recipients: ANALYST,
    link: findingLink,
  },
  'certhub.finding.proofs_reviewed.v1': {
    category: 'findings',
    mandatory: true,
    recipients: [{ tenant: 'organisationId', roles: APPLICANTS }],
    link: findingLink,
  },
  // The other side of the thread hears about a new message
  // (docs/domain/organisation-certification.md#finding-thread).
  'certhub.finding.message_posted.v1': {
    category: 'findings',
    mandatory: false,
    recipients: [
      { tenant: 'cbId', users: 'analystId', when: (p) => p.authorSide === 'applicant' },
      { tenant: 'organisationId', roles: APPLICANTS, when: (p) => p.authorSide === 'certification_body' },
    ],
    link: findingLink,
  },
  // The applicant who appealed the classification, and the analyst who follows the finding
  // (docs/domain/complaints-and-appeals.md#review).
  'certhub.finding.reclassified.v1': {
    category: 'findings',
    mandatory: true,
    recipients: [{ tenant: 'organisationId', roles: APPLICANTS }, ...ANALYST],
    link: findingLink,
  },
};
