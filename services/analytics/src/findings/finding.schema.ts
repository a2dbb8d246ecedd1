import { Prop } from '@nestjs/mongoose';
import { FindingSeveritySchema } from '@certhub/contracts';
import { Collection, collectionSchema, Enum, Required, TenantRecord } from '@certhub/platform';

export type FindingSeverity = (typeof FindingSeveritySchema.options)[number];

/**
 * Read model: one document per audit finding (non-conformity). Raised and closed events may be
 * applied in either order and any number of times and leave the same document: the closing event
 * is authoritative for requirement and severity, `closed` only ever turns true.
 *
 * `_id` is the finding id; `tenantId` the instructing CB (UNASSIGNED if the event named none).
 */
@Collection('findings')
export class Finding extends TenantRecord {
  @Required() organisationId!: string;
  @Required() schemeId!: string;
  @Required() dossierId!: string;

  /** e.g. NC0007 */
  @Required() number!: string;
  @Required() requirementId!: string;
  @Enum(FindingSeveritySchema.options) severity!: FindingSeverity;

  /** `YYYY-MM-DD`; compared as a string with today's date. Unknown while only the closure is applied. */
  @Prop() dueDate?: string;
  @Required() raisedAt!: Date;
  @Required() closed!: boolean;
  @Prop() closedAt?: Date;
}

export const FindingSchema = collectionSchema(Finding, {
  tenantScoped: true,
  indexes: [
    // Overdue findings of one CB (list and counts): open ones by due date.
    { tenantId: 1, closed: 1, dueDate: 1 },
    // The same for an organisation's own findings, across CBs.
    { organisationId: 1, closed: 1, dueDate: 1 },
    // Findings by requirement and severity of one CB, by scheme and period raised.
    { tenantId: 1, schemeId: 1, requirementId: 1, severity: 1, raisedAt: 1 },
    // Lead time raised → closed, selected by closure date.
    { tenantId: 1, closedAt: 1 },
  ],
});
