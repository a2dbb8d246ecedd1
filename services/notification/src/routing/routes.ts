import type { DossierStatus, Role } from '@certhub/contracts';
import { CANDIDACY_ROUTES } from './candidacy.routes';
import { COMPLAINT_ROUTES } from './complaint.routes';
import { FINDING_ROUTES } from './finding.routes';
import { REMINDER_ROUTES } from './reminder.routes';
import { NETWORK_ROUTES } from './network.routes';
import {
  applicantDossier,
  applicantFindings,
  applicantQuestionnaire,
  cbAudit,
  cbDossier,
  cbFinding,
  decisionScreen,
} from './portal-pages';
import { path, routeFamily, type RoutingTable } from './route';

const APPLICANTS: Role[] = ['org_admin', 'org_member'];
const APPLICANT_ADMINS: Role[] = ['org_admin'];

/**
 * Transitions the applicant hears about through status_changed: the others have an event of their
 * own (submitted, admissible, audit_planned…) whose notification says more.
 */
/**
 * An organisation's certificate: its administrators hear of each step. Issued or renewed, the event
 * names its dossier, whose page shows it and its PDF; afterwards only its number, whose public
 * register page shows its live status.
 */
const certificateOfDossier = routeFamily('certificate', applicantDossier);
const certificate = routeFamily('certificate', (p: { number: string }) => path`/registry/${p.number}`);
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
    link: () => '/organisation',
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
    // Each tenant's administrators, on their own users' page (network users are not told).
    recipients: [
      { tenant: 'tenantId', roles: ['org_admin'], when: (p) => p.tenantType === 'organisation' },
      {
        tenant: 'tenantId',
        roles: ['cb_admin'],
        when: (p) => p.tenantType === 'cb',
        link: () => '/cb/users',
      },
      {
        tenant: 'tenantId',
        roles: ['platform_admin'],
        when: (p) => p.tenantType === 'platform',
        link: () => '/admin/users',
      },
    ],
    link: () => '/organisation',
  },
  // A deactivated user is no longer a recipient: only the reactivation reaches him.
  'certhub.user.enabled_changed.v1': {
    category: 'account',
    mandatory: true,
    recipients: [{ tenant: 'tenantId', users: 'userId' }],
    // No page of his own in the portal: his dashboard, where he works again.
    link: () => '/',
  },
  // The answer to whoever tried said nothing (docs/architecture/security.md): the holder is told.
  'certhub.user.signup_attempted.v1': {
    category: 'account',
    mandatory: true,
    recipients: [{ tenant: 'tenantId', users: 'userId' }],
    // Nothing to do in the portal: his dashboard, where the notice is among the latest.
    link: () => '/',
  },
  'certhub.organisation.registration_attempted.v1': {
    category: 'account',
    mandatory: true,
    recipients: [{ tenant: 'organisationId', roles: APPLICANT_ADMINS }],
    // The organisation's page lists its members: an administrator invites whoever should join.
    link: () => '/organisation',
  },
  'certhub.dossier.created.v1': {
    category: 'dossier',
    mandatory: false,
    recipients: [{ tenant: 'organisationId', roles: APPLICANT_ADMINS }],
    link: applicantQuestionnaire,
  },
  'certhub.dossier.status_changed.v1': {
    category: 'dossier',
    mandatory: false,
    recipients: [
      { tenant: 'organisationId', roles: APPLICANT_ADMINS, when: (p) => APPLICANT_STATUSES.has(p.to) },
      {
        tenant: 'cbId',
        roles: ['decision_maker'],
        when: (p) => p.to === 'decision_pending',
        link: decisionScreen,
      },
      // The applicant answered the questionnaire's findings: the instruction resumes.
      { tenant: 'cbId', roles: ['analyst'], when: (p) => p.to === 'corrected', link: cbDossier },
    ],
    link: applicantDossier,
  },
  // Like "notifier lors de la création d'une candidature" (docs/domain/notifications.md#preferences):
  // optional, on by default.
  'certhub.dossier.submitted.v1': {
    category: 'submission',
    mandatory: false,
    recipients: [
      { tenant: 'organisationId', roles: APPLICANT_ADMINS },
      { tenant: 'cbId', roles: ['cb_admin', 'analyst'], link: cbDossier },
    ],
    link: applicantQuestionnaire,
  },
  'certhub.dossier.assigned.v1': {
    category: 'dossier',
    mandatory: true,
    recipients: [{ tenant: 'cbId', users: 'analystId' }],
    link: cbDossier,
  },
  'certhub.dossier.admissible.v1': {
    category: 'admissibility',
    mandatory: true,
    recipients: [{ tenant: 'organisationId', roles: APPLICANTS }],
    link: applicantDossier,
  },
  'certhub.dossier.questionnaire_finding_raised.v1': {
    category: 'findings',
    mandatory: true,
    recipients: [{ tenant: 'organisationId', roles: APPLICANTS }],
    // The questionnaire shows each of its findings beside its question.
    link: applicantQuestionnaire,
  },
  'certhub.dossier.audit_planned.v1': {
    category: 'audit',
    mandatory: true,
    recipients: [
      { tenant: 'organisationId', roles: APPLICANTS, link: applicantDossier },
      { tenant: 'cbId', users: 'auditorIds' },
    ],
    link: cbAudit,
  },
  'certhub.dossier.audit_completed.v1': {
    category: 'audit',
    mandatory: true,
    recipients: [
      { tenant: 'organisationId', roles: APPLICANTS, link: applicantDossier },
      { tenant: 'cbId', roles: ['analyst'] },
    ],
    link: cbAudit,
  },
  'certhub.dossier.finding_raised.v1': {
    category: 'findings',
    mandatory: true,
    recipients: [{ tenant: 'organisationId', roles: APPLICANTS }],
    link: applicantFindings,
  },
  'certhub.dossier.finding_closed.v1': {
    category: 'findings',
    mandatory: false,
    recipients: [
      { tenant: 'organisationId', roles: APPLICANTS, link: applicantFindings },
      { tenant: 'cbId', roles: ['analyst'] },
    ],
    link: cbFinding,
  },
  'certhub.dossier.decision_recorded.v1': {
    category: 'decision',
    mandatory: true,
    recipients: [
      { tenant: 'organisationId', roles: APPLICANTS },
      { tenant: 'cbId', roles: ['analyst'], link: cbDossier },
    ],
    link: applicantDossier,
  },
  'certhub.certificate.issued.v1': certificateOfDossier(true, HOLDER_ADMINS),
  'certhub.certificate.renewed.v1': certificateOfDossier(true, HOLDER_ADMINS),
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
  // (submitted, corrected…) say what matters: nobody is notified; the routes exist for the catalogue
  // (a document has no page of its own: the inbox).
  'certhub.document.uploaded.v1': {
    category: 'dossier',
    mandatory: false,
    recipients: [{ tenant: 'ownerTenantId', roles: APPLICANT_ADMINS, when: () => false }],
    link: () => '/notifications',
  },
  'certhub.document.deleted.v1': {
    category: 'dossier',
    mandatory: false,
    recipients: [{ tenant: 'ownerTenantId', roles: APPLICANT_ADMINS, when: () => false }],
    link: () => '/notifications',
  },
};
