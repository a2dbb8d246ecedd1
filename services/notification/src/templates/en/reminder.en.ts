import { sentence, type EventTemplate } from '../event-template';
import type { ReminderEventType } from '../../routing/event-types';

/** Reminders: a date is coming and somebody has to act (docs/domain/notifications.md#reminders). */
export const REMINDER_EN: Record<ReminderEventType, EventTemplate> = {
  'certhub.reminder.surveillance_audit_due.v1': {
    subject: 'Dossier {{dossier data}}: surveillance audit to plan before {{date data.dueOn}}',
    summary:
      'The surveillance audit of certificate {{data.certificateNumber}} (dossier {{dossier data}}) is due on {{date data.dueOn}}, in {{data.daysLeft}} days, and is not planned yet.',
    ...sentence('The certification body contacts the organisation to agree on its date.'),
  },
  'certhub.reminder.renewal_window_open.v1': {
    subject: 'Certificate {{data.certificateNumber}}: renewal is open',
    summary:
      'Certificate {{data.certificateNumber}} (dossier {{dossier data}}) expires on {{date data.dueOn}}: you may apply for its renewal from now on.',
    ...sentence('Apply for the renewal before it expires to stay certified without a break.'),
  },
  'certhub.reminder.finding_deadline.v1': {
    subject: 'Dossier {{dossier data}}: finding {{data.number}} due by {{date data.dueOn}}',
    summary:
      'Finding {{data.number}} of dossier {{dossier data}} awaits your answer by {{date data.dueOn}}, in {{data.daysLeft}} day(s).',
    ...sentence('Enter your corrective measures or proofs, mark them ready and send them.'),
  },
  'certhub.reminder.audit_upcoming.v1': {
    subject: 'Dossier {{dossier data}}: {{label "auditType" data.type}} audit on {{date data.dueOn}}',
    summary:
      'The {{label "auditType" data.type}} audit of dossier {{dossier data}} starts on {{date data.dueOn}}, in {{data.daysLeft}} day(s){{#if auditors.length}}, conducted by {{names auditors}}{{/if}}.',
    ...sentence('Prepare the documents and records the scheme asks for.'),
  },
};
