import type { ReminderEventType } from './event-types';
import { ANALYST, APPLICANTS } from './finding.routes';
import { applicantDossier, applicantFindings, cbAudit, cbDossier } from './portal-pages';
import type { RoutingTable } from './route';

const ORGANISATION_ADMINS = {
  tenant: 'organisationId',
  roles: ['org_admin'],
  link: applicantDossier,
} as const;

/**
 * docs/domain/notifications.md#reminders: whoever has to act before the date hears about it, the
 * applicant to prepare or answer, the CB to plan. Optional (a user may turn a category off): the
 * step itself was notified when it happened.
 */
export const REMINDER_ROUTES: Pick<RoutingTable, ReminderEventType> = {
  'certhub.reminder.surveillance_audit_due.v1': {
    category: 'audit',
    mandatory: false,
    recipients: [...ANALYST, ORGANISATION_ADMINS],
    link: cbDossier,
  },
  'certhub.reminder.renewal_window_open.v1': {
    category: 'certificate',
    mandatory: false,
    recipients: [ORGANISATION_ADMINS, ...ANALYST],
    link: cbDossier,
  },
  'certhub.reminder.finding_deadline.v1': {
    category: 'findings',
    mandatory: false,
    recipients: [{ tenant: 'organisationId', roles: APPLICANTS }],
    link: applicantFindings,
  },
  'certhub.reminder.audit_upcoming.v1': {
    category: 'audit',
    mandatory: false,
    recipients: [
      { tenant: 'organisationId', roles: APPLICANTS, link: applicantDossier },
      { tenant: 'cbId', users: 'auditorIds' },
    ],
    link: cbAudit,
  },
};
