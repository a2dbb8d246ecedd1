import type { AppealedDecision, AppealStatus, CloudEvent } from '@certhub/contracts';
import { Prop } from '@nestjs/mongoose';
import { Collection, collectionSchema, ListOf, MultiTenantRecord, Required } from '@certhub/platform';

export const APPEAL_MODEL = 'Appeal';

export type AppealReminder = 'due_soon' | 'overdue';

export interface AppealTrailEntry {
  at: Date;
  by: string;
  action: string;
  from?: AppealStatus;
  to: AppealStatus;
  what: string;
}

/**
 * One appeal, in the register of the CB whose decision it contests. Its tenants are the CB and the
 * appellant organisation (the dossier's two), so each reads it within its own scope.
 */
@Collection('appeals')
export class AppealDoc extends MultiTenantRecord {
  declare tenantId: [string, string];
  @Required() cbId!: string;
  @Required() organisationId!: string;
  @Required() reference!: string;
  @Required() dossierId!: string;
  @Required() dossierReference!: string;
  @Required() schemeId!: string;
  @Required({ type: String }) decision!: AppealedDecision;
  @Required() contestedId!: string;
  @Required() contestedAt!: Date;
  @Required() grounds!: string;
  @Required() lodgedBy!: string;
  @Required({ type: String }) status!: AppealStatus;
  @Required() version!: number;
  @Required() lodgedAt!: Date;

  /** Calendar day (YYYY-MM-DD) by which the appeal is answered. */
  @Required() answerBy!: string;
  @Prop({ type: Object }) effectSuspended?: { at: Date; by: string; reason: string };

  /** Reminders of the answer's deadline already sent (`due_soon`, `overdue`): each is sent once. */
  @ListOf(String) remindedSteps?: AppealReminder[];
  @Prop() handlerId?: string;
  @Prop() assignedAt?: Date;
  @Prop() answer?: string;
  @Prop() decidedAt?: Date;
  @Prop() review?: string;

  /** The classification the upheld appeal gives the contested finding. */
  @Prop({ type: String }) severity?: 'major' | 'minor';
  @Prop() closedAt?: Date;
  @ListOf(Object) trail!: AppealTrailEntry[];
  outbox!: CloudEvent[];
}

export const AppealSchema = collectionSchema(AppealDoc, {
  tenantScoped: true,
  indexes: [
    [{ cbId: 1, reference: 1 }, { unique: true }],
    // The register newest first (CB side and appellant side), each handler's own, one dossier's appeals.
    { tenantId: 1, status: 1, lodgedAt: -1 },
    { tenantId: 1, handlerId: 1, lodgedAt: -1 },
    { tenantId: 1, dossierId: 1 },
    // The deadline watch: undecided appeals by answer deadline, across CBs.
    { status: 1, answerBy: 1 },
  ],
});
