import type { ReminderEventType } from './event-types';
import { ANALYST, APPLICANTS } from './finding.routes';
import { path, type RoutingTable } from './route';

/**
 * docs/domain/notifications.md#reminders: whoever has to act before the date hears about it, the
 * applicant to prepare or answer, the CB to plan. Optional (a user may turn a category off): the
 * step itself was notified when it happened.
 */
export const REMINDER_ROUTES: Pick<RoutingTable, ReminderEventType> = {
  'certhub.reminder.surveillance_audit_due.v1': {
    category: 'audit',
    mandatory: false,
    recipients: [...ANALYST, { tenant: 'organisationId', roles: ['org_admin'] }],
    link: (p) => path`/dossiers/${p.dossierId}`,
  },
  'certhub.reminder.renewal_window_open.v1': {
    category: 'certificate',
    mandatory: false,
    recipients: [{ tenant: 'organisationId', roles: ['org_admin'] }, ...ANALYST],
    link: (p) => path`/dossiers/${p.dossierId}`,
  },
  'certhub.reminder.finding_deadline.v1': {
    category: 'findings',
    mandatory: false,
    recipients: [{ tenant: 'organisationId', roles: APPLICANTS }],
    link: (p) => path`/dossiers/${p.dossierId}/findings/${p.findingId}`,
  },
  'certhub.reminder.audit_upcoming.v1': {
    category: 'audit',
    mandatory: false,
    recipients: [
      { tenant: 'organisationId', roles: APPLICANTS },
      { tenant: 'cbId', users: 'auditorIds' },
    ],
    link: (p) => path`/dossiers/${p.dossierId}/audits/${p.auditId}`,
  },
};
