import type { CloudEvent } from '@certhub/contracts';
import { Collection, collectionSchema, MultiTenantRecord, Required } from '@certhub/platform';

export const REMINDER_MODEL = 'Reminder';

export type ReminderKind =
  'surveillance_audit_due' | 'renewal_window_open' | 'finding_deadline' | 'audit_upcoming';

/**
 * One reminder sent: its id is the thing, its due date and the threshold crossed
 * (`audit_upcoming:<auditId>:<startDate>:7`), so inserting it twice fails and each goes once, whichever
 * replica or pass gets there first. Its event waits in the same document (the outbox).
 *
 * `tenantId` is [organisationId, cbId], like the dossier it is about.
 */
@Collection('reminders')
export class ReminderDoc extends MultiTenantRecord {
  @Required() dossierId!: string;
  @Required({ type: String }) kind!: ReminderKind;
  @Required() subjectId!: string;
  @Required() dueOn!: string;

  /** Days before `dueOn` the reminder is for (0: the day it opens). */
  @Required() threshold!: number;
  @Required() sentAt!: Date;
  outbox!: CloudEvent[];
}

export const ReminderSchema = collectionSchema(ReminderDoc, {
  tenantScoped: true,
  indexes: [
    // The reminders of one dossier, newest first (what was sent about it).
    { tenantId: 1, dossierId: 1, sentAt: -1 },
  ],
});
