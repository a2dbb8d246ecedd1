import type { CloudEvent } from '@certhub/contracts';
import { collectionSchema } from '@certhub/platform';

export const REMINDER_MODEL = 'Reminder';

export type ReminderKind =
  'surveillance_audit_due' | 'renewal_window_open' | 'finding_deadline' | 'audit_upcoming';

/**
 * One reminder sent: its id is the thing, its due date and the threshold crossed
 * (`audit_upcoming:<auditId>:<startDate>:7`), so inserting it twice fails and each goes once, whichever
 * replica or pass gets there first. Its event waits in the same document (the outbox).
 */
export interface ReminderDoc {
  _id: string;
  /** [organisationId, cbId], like the dossier it is about. */
  tenantId: string[];
  dossierId: string;
  kind: ReminderKind;
  subjectId: string;
  dueOn: string;
  /** Days before `dueOn` the reminder is for (0: the day it opens). */
  threshold: number;
  sentAt: Date;
  outbox: CloudEvent[];
}

export const ReminderSchema = collectionSchema<ReminderDoc>(
  'reminders',
  {
    _id: { type: String, required: true },
    tenantId: { type: [String], required: true },
    dossierId: { type: String, required: true },
    kind: { type: String, required: true },
    subjectId: { type: String, required: true },
    dueOn: { type: String, required: true },
    threshold: { type: Number, required: true },
    sentAt: { type: Date, required: true },
  },
  {
    tenantScoped: true,
    indexes: [
      // The reminders of one dossier, newest first (what was sent about it).
      { tenantId: 1, dossierId: 1, sentAt: -1 },
    ],
  },
);
