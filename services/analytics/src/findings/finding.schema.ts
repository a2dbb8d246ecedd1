import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { FindingSeveritySchema } from '@certhub/contracts';
import { tenantScopePlugin } from '@certhub/platform';

export type FindingSeverity = (typeof FindingSeveritySchema.options)[number];

/**
 * Read model: one document per audit finding (non-conformity). Raised and closed events may be
 * applied in either order and any number of times and leave the same document: the closing event
 * is authoritative for requirement and severity, `closed` only ever turns true.
 */
@Schema({ collection: 'findings', versionKey: false })
export class Finding {
  /** The finding id. */
  @Prop({ type: String, required: true })
  _id!: string;

  /** The instructing CB (UNASSIGNED if the event named none). */
  @Prop({ required: true })
  tenantId!: string;

  @Prop({ required: true })
  organisationId!: string;

  @Prop({ required: true })
  schemeId!: string;

  @Prop({ required: true })
  dossierId!: string;

  /** e.g. NC0007 */
  @Prop({ required: true })
  number!: string;

  @Prop({ required: true })
  requirementId!: string;

  @Prop({ type: String, enum: FindingSeveritySchema.options, required: true })
  severity!: FindingSeverity;

  /** `YYYY-MM-DD`; compared as a string with today's date. Unknown while only the closure is applied. */
  @Prop()
  dueDate?: string;

  @Prop({ required: true })
  raisedAt!: Date;

  @Prop({ required: true })
  closed!: boolean;

  @Prop()
  closedAt?: Date;
}

export const FindingSchema = SchemaFactory.createForClass(Finding);
// Overdue findings of one CB (list and counts): open ones by due date.
FindingSchema.index({ tenantId: 1, closed: 1, dueDate: 1 });
// The same for an organisation's own findings, across CBs.
FindingSchema.index({ organisationId: 1, closed: 1, dueDate: 1 });
// Findings by requirement and severity of one CB, by scheme and period raised.
FindingSchema.index({ tenantId: 1, schemeId: 1, requirementId: 1, severity: 1, raisedAt: 1 });
// Lead time raised → closed, selected by closure date.
FindingSchema.index({ tenantId: 1, closedAt: 1 });
FindingSchema.plugin(tenantScopePlugin);
