import type { AppealedDecision, AppealStatus, CloudEvent } from '@certhub/contracts';
import { collectionSchema } from '@certhub/platform';

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
export interface AppealDoc {
  _id: string;
  tenantId: [string, string];
  cbId: string;
  organisationId: string;
  reference: string;
  dossierId: string;
  dossierReference: string;
  schemeId: string;
  decision: AppealedDecision;
  contestedId: string;
  contestedAt: Date;
  grounds: string;
  lodgedBy: string;
  status: AppealStatus;
  version: number;
  lodgedAt: Date;
  /** Calendar day (YYYY-MM-DD) by which the appeal is answered. */
  answerBy: string;
  effectSuspended?: { at: Date; by: string; reason: string };
  /** Reminders of the answer's deadline already sent (`due_soon`, `overdue`): each is sent once. */
  remindedSteps?: AppealReminder[];
  handlerId?: string;
  assignedAt?: Date;
  answer?: string;
  decidedAt?: Date;
  review?: string;
  /** The classification the upheld appeal gives the contested finding. */
  severity?: 'major' | 'minor';
  closedAt?: Date;
  trail: AppealTrailEntry[];
  outbox: CloudEvent[];
}

export const AppealSchema = collectionSchema<AppealDoc>(
  'appeals',
  {
    _id: { type: String, required: true },
    tenantId: { type: [String], required: true },
    cbId: { type: String, required: true },
    organisationId: { type: String, required: true },
    reference: { type: String, required: true },
    dossierId: { type: String, required: true },
    dossierReference: { type: String, required: true },
    schemeId: { type: String, required: true },
    decision: { type: String, required: true },
    contestedId: { type: String, required: true },
    contestedAt: { type: Date, required: true },
    grounds: { type: String, required: true },
    lodgedBy: { type: String, required: true },
    status: { type: String, required: true },
    version: { type: Number, required: true },
    lodgedAt: { type: Date, required: true },
    answerBy: { type: String, required: true },
    effectSuspended: Object,
    remindedSteps: { type: [String], default: [] },
    handlerId: String,
    assignedAt: Date,
    answer: String,
    decidedAt: Date,
    review: String,
    severity: String,
    closedAt: Date,
    trail: { type: [Object], default: [] },
  },
  {
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
  },
);
