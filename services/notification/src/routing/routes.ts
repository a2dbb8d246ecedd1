import type { DossierStatus, Role } from '@certhub/contracts';
import { CANDIDACY_ROUTES } from './candidacy.routes';
import { COMPLAINT_ROUTES } from './complaint.routes';
import { FINDING_ROUTES } from './finding.routes';
import { REMINDER_ROUTES } from './reminder.routes';
import { NETWORK_ROUTES } from './network.routes';
import { path, routeFamily, type RoutingTable } from './route';

const APPLICANTS: Role[] = ['org_admin', 'org_member'];
const APPLICANT_ADMINS: Role[] = ['org_admin'];
const TENANT_ADMINS: Role[] = ['org_admin', 'cb_admin', 'platform_admin'];

/**
 * Transitions the applicant hears about through status_changed: the others have an event of their
 * own (submitted, admissible, audit_planned…) whose notification says more.
 */
/** An organisation's certificate: its administrators hear of each step, on the certificate's page. */
const certificate = routeFamily(
  'certificate',
  (p: { certificateId: string }) => path`/certificates/${p.certificateId}`,
);
const HOLDER_ADMINS = [{ tenant: 'organisationId', roles: APPLICANT_ADMINS }] as const;

const APPLICANT_STATUSES = new Set<DossierStatus>(['contracted', 'decision_pending', 'renewal', 'abandoned']);

/**
 * Who hears about what (docs/domain/notifications.md#what-is-notified): for each event type, its
 * inbox category, whether preferences may silence it, who receives it and where its action is.
 * Typed over the whole catalogue: a new event type does not compile until it is routed here.
 */
export const ROUTES: RoutingTable = {
  ...FINDING_ROUTES,
  ...REMINDER_ROUTES,
  ...COMPLAINT_ROUTES,
  ...NETWORK_ROUTES,
  ...CANDIDACY_ROUTES,
  // The CB's first administrator is invited (and told) afterwards: nobody to tell yet.
  'certhub.certification_body.created.v1': {
    category: 'account',
    mandatory: false,
    recipients: [{ tenant: 'cbId', roles: ['cb_admin'], when: () => false }],
    link: () => '/cb/users',
  },
  // A key nobody expected means someone else holds an admin's session: every administrator hears of it.
  'certhub.issuer_key.rotated.v1': {
    category: 'account',
    mandatory: true,
    recipients: [{ tenant: 'cbId', roles: ['cb_admin'] }],
    link: () => '/cb/certificate-layout',
  },
  'certhub.organisation.registered.v1': {
    category: 'account',
    mandatory: true,
    recipients: [{ tenant: 'organisationId', users: 'adminUserId' }],
    link: () => '/dossiers',
  },
  'certhub.organisation.activation_changed.v1': {
    category: 'account',
    mandatory: true,
    recipients: [{ tenant: 'organisationId', roles: APPLICANT_ADMINS }],
    link: (p) => path`/organisations/${p.organisationId}`,
  },
  // Every administrator hears of it, so that an edit nobody expected does not go unseen.
  'certhub.organisation.updated.v1': {
    category: 'account',
    mandatory: false,
    recipients: [{ tenant: 'organisationId', roles: APPLICANT_ADMINS }],
    link: () => '/organisation',
  },
  'certhub.user.invited.v1': {
    category: 'account',
    mandatory: false,
    recipients: [{ tenant: 'tenantId', roles: TENANT_ADMINS }],
    link: (p) => path`/users/${p.userId}`,
  },
  // A deactivated user is no longer a recipient: only the reactivation reaches him.
  'certhub.user.enabled_changed.v1': {
    category: 'account',
    mandatory: true,
    recipients: [{ tenant: 'tenantId', users: 'userId' }],
    link: () => '/profile',
  },
  // The answer to whoever tried said nothing (docs/architecture/security.md): the holder is told.
  'certhub.user.signup_attempted.v1': {
    category: 'account',
    mandatory: true,
    recipients: [{ tenant: 'tenantId', users: 'userId' }],
    link: () => '/profile',
  },
  'certhub.organisation.registration_attempted.v1': {
    category: 'account',
    mandatory: true,
    recipients: [{ tenant: 'organisationId', roles: APPLICANT_ADMINS }],
    link: () => '/users',
  },
  'certhub.dossier.created.v1': {
    category: 'dossier',
    mandatory: false,
    recipients: [{ tenant: 'organisationId', roles: APPLICANT_ADMINS }],
    link: (p) => path`/dossiers/${p.dossierId}/questionnaire`,
  },
  'certhub.dossier.status_changed.v1': {
    category: 'dossier',
    mandatory: false,
    recipients: [
      { tenant: 'organisationId', roles: APPLICANT_ADMINS, when: (p) => APPLICANT_STATUSES.has(p.to) },
      { tenant: 'cbId', roles: ['decision_maker'], when: (p) => p.to === 'decision_pending' },
      // The applicant answered the questionnaire's findings: the instruction resumes.
      { tenant: 'cbId', roles: ['analyst'], when: (p) => p.to === 'corrected' },
    ],
    link: (p) => path`/dossiers/${p.dossierId}`,
  },
  // Like "notifier lors de la création d'une candidature" (docs/domain/notifications.md#preferences):
  // optional, on by default.
  'certhub.dossier.submitted.v1': {
    category: 'submission',
    mandatory: false,
    recipients: [
      { tenant: 'organisationId', roles: APPLICANT_ADMINS },
      { tenant: 'cbId', roles: ['cb_admin', 'analyst'] },
    ],
    link: (p) => path`/dossiers/${p.dossierId}/questionnaire`,
  },
  'certhub.dossier.assigned.v1': {
    category: 'dossier',
    mandatory: true,
    recipients: [{ tenant: 'cbId', users: 'analystId' }],
    link: (p) => path`/dossiers/${p.dossierId}`,
  },
  'certhub.dossier.admissible.v1': {
    category: 'admissibility',
    mandatory: true,
    recipients: [{ tenant: 'organisationId', roles: APPLICANTS }],
    link: (p) => path`/dossiers/${p.dossierId}`,
  },
  'certhub.dossier.questionnaire_finding_raised.v1': {
    category: 'findings',
    mandatory: true,
    recipients: [{ tenant: 'organisationId', roles: APPLICANTS }],
    link: (p) => path`/dossiers/${p.dossierId}/questionnaire/findings/${p.findingId}`,
  },
  'certhub.dossier.audit_planned.v1': {
    category: 'audit',
    mandatory: true,
    recipients: [
      { tenant: 'organisationId', roles: APPLICANTS },
      { tenant: 'cbId', users: 'auditorIds' },
    ],
    link: (p) => path`/dossiers/${p.dossierId}/audits/${p.auditId}`,
  },
  'certhub.dossier.audit_completed.v1': {
    category: 'audit',
    mandatory: true,
    recipients: [
      { tenant: 'organisationId', roles: APPLICANTS },
      { tenant: 'cbId', roles: ['analyst'] },
    ],
    link: (p) => path`/dossiers/${p.dossierId}/audits/${p.auditId}`,
  },
  'certhub.dossier.finding_raised.v1': {
    category: 'findings',
    mandatory: true,
    recipients: [{ tenant: 'organisationId', roles: APPLICANTS }],
    link: (p) => path`/dossiers/${p.dossierId}/findings/${p.findingId}`,
  },
  'certhub.dossier.finding_closed.v1': {
    category: 'findings',
    mandatory: false,
    recipients: [
      { tenant: 'organisationId', roles: APPLICANTS },
      { tenant: 'cbId', roles: ['analyst'] },
    ],
    link: (p) => path`/dossiers/${p.dossierId}/findings/${p.findingId}`,
  },
  'certhub.dossier.decision_recorded.v1': {
    category: 'decision',
    mandatory: true,
    recipients: [
      { tenant: 'organisationId', roles: APPLICANTS },
      { tenant: 'cbId', roles: ['analyst'] },
    ],
    link: (p) => path`/dossiers/${p.dossierId}/decisions/${p.decisionId}`,
  },
  'certhub.certificate.issued.v1': certificate(true, HOLDER_ADMINS),
  'certhub.certificate.renewed.v1': certificate(true, HOLDER_ADMINS),
  'certhub.certificate.suspended.v1': certificate(true, HOLDER_ADMINS),
  'certhub.certificate.reinstated.v1': certificate(true, HOLDER_ADMINS),
  'certhub.certificate.withdrawn.v1': certificate(true, HOLDER_ADMINS),
  'certhub.certificate.expired.v1': certificate(true, HOLDER_ADMINS),
  // The PDF comes after `issued`, which already told: hearing that it is ready is optional.
  'certhub.certificate.rendered.v1': certificate(false, HOLDER_ADMINS),
  // The individuals' line: the network heard of the decision from the candidacy's jury_decided
  // event; these name only the certifier, whose staff did it. Routes for the catalogue only.
  'certhub.certificate.individual_issued.v1': {
    category: 'certificate',
    mandatory: false,
    recipients: [{ tenant: 'cbId', roles: ['certifier_staff'], when: () => false }],
    link: (p) => path`/verify/${p.number}`,
  },
  'certhub.certificate.individual_withdrawn.v1': {
    category: 'certificate',
    mandatory: false,
    recipients: [{ tenant: 'cbId', roles: ['cb_admin'], when: () => false }],
    link: (p) => path`/verify/${p.number}`,
  },
  // Uploads and deletions are frequent (up to 8 files per question) and the dossier's own events
  // (submitted, corrected…) say what matters: nobody is notified; the routes exist for the catalogue.
  'certhub.document.uploaded.v1': {
    category: 'dossier',
    mandatory: false,
    recipients: [{ tenant: 'ownerTenantId', roles: APPLICANT_ADMINS, when: () => false }],
    link: (p) => path`/documents/${p.documentId}`,
  },
  'certhub.document.deleted.v1': {
    category: 'dossier',
    mandatory: false,
    recipients: [{ tenant: 'ownerTenantId', roles: APPLICANT_ADMINS, when: () => false }],
    link: (p) => path`/documents/${p.documentId}`,
  },
};
