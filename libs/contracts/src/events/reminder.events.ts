import { z } from 'zod';
import { AuditTypeSchema, DossierRef } from './dossier.events';

const at = z.string().datetime();
const day = z.string().date();

/** What every reminder says: when the thing falls due and how many days are left on the day it was sent. */
const Reminder = DossierRef.extend({
  /** The dossier's analyst, who acts on the CB's side (absent before assignment). */
  analystId: z.string().optional(),
  dueOn: day,
  daysLeft: z.number().int(),
  at,
});

/**
 * Reminders the platform sends of its own accord, once per thing and threshold
 * (docs/domain/notifications.md#reminders): a date is coming and somebody has to act.
 */
export const ReminderEvents = {
  'certhub.reminder.surveillance_audit_due.v1': {
    subject: 'evt.dossier.reminder.surveillance_audit_due',
    summary: 'A surveillance audit of a certified dossier falls due soon and none is planned yet',
    schema: Reminder.extend({ certificateNumber: z.string() }),
  },
  'certhub.reminder.renewal_window_open.v1': {
    subject: 'evt.dossier.reminder.renewal_window_open',
    summary:
      'The renewal window of a certificate opened: the holder may apply for its renewal until it expires',
    schema: Reminder.extend({ certificateNumber: z.string() }),
  },
  'certhub.reminder.finding_deadline.v1': {
    subject: 'evt.dossier.reminder.finding_deadline',
    summary: 'A non-conformity waiting for the applicant’s measures or proofs is close to its due date',
    schema: Reminder.extend({ findingId: z.string(), number: z.string() }),
  },
  'certhub.reminder.audit_upcoming.v1': {
    subject: 'evt.dossier.reminder.audit_upcoming',
    summary: 'A planned audit (intervention) starts in a few days',
    schema: Reminder.extend({
      auditId: z.string(),
      type: AuditTypeSchema,
      endDate: day,
      auditorIds: z.array(z.string()).min(1),
    }),
  },
} as const;
