import type { StoredAuditStatus, Verdict } from '@certhub/contracts';
import { collectionSchema } from '@certhub/platform';
import { Schema } from 'mongoose';
import type { z } from 'zod';
import type { AuditTypeSchema } from '@certhub/contracts';
import {
  dossierPartFields,
  versionedFields,
  type DossierPart,
  type Versioned,
} from '../lifecycle/dossier-part';

export const AUDIT_MODEL = 'Audit';

export type AuditType = z.infer<typeof AuditTypeSchema>;
/** One row of the result sheet: the auditor's verdict on a requirement of the control plan. */
export interface VerdictEntry {
  requirementId: string;
  verdict: Verdict;
  comment?: string;
  at: Date;
  by: string;
}

export interface AuditTrailEntry {
  at: Date;
  by: string;
  action: string;
  what: string;
  from?: StoredAuditStatus;
  to: StoredAuditStatus;
  before?: unknown;
  after?: unknown;
}

/** An audit ("intervention") of a dossier: the lean document repositories return. */
export interface AuditDoc extends DossierPart, Versioned<AuditTrailEntry> {
  type: AuditType;
  status: StoredAuditStatus;
  startDate: string;
  endDate: string;
  auditorIds: string[];
  upcomingFrom: string;
  findingsDeadline: string;
  reportDocumentId?: string;
  /** The result sheet's rows recorded so far, one per requirement (absent on audits before it existed). */
  verdicts?: VerdictEntry[];
  cancelReason?: string;
  plannedAt: Date;
  plannedBy: string;
  completedAt?: Date;
  completedBy?: string;
  findingsRecordedAt?: Date;
}

export const AuditSchema = collectionSchema<AuditDoc>(
  'audits',
  {
    ...dossierPartFields,
    type: { type: String, required: true },
    status: { type: String, required: true },
    startDate: { type: String, required: true },
    endDate: { type: String, required: true },
    auditorIds: { type: [String], required: true },
    upcomingFrom: { type: String, required: true },
    findingsDeadline: { type: String, required: true },
    reportDocumentId: String,
    verdicts: { type: [Schema.Types.Mixed], default: undefined } as never,
    cancelReason: String,
    plannedAt: { type: Date, required: true },
    plannedBy: { type: String, required: true },
    completedAt: Date,
    completedBy: String,
    findingsRecordedAt: Date,
    ...versionedFields,
  },
  {
    tenantScoped: true,
    options: { minimize: false },
    indexes: [
      // audits.search of a tenant by date (past / upcoming / date range), sorted by start date.
      { tenantId: 1, startDate: 1 },
      // audits.search by auditor ("mes interventions"), and the auditor's read rule, by start date.
      { tenantId: 1, auditorIds: 1, startDate: 1 },
      // audits.search by type, by start date.
      { tenantId: 1, type: 1, startDate: 1 },
      // A dossier's audits (audits.search by dossier, the current audit of the findings guards).
      { tenantId: 1, dossierId: 1, plannedAt: -1 },
      // audits.upcoming: planned audits whose horizon has begun and which have not started yet.
      { tenantId: 1, status: 1, upcomingFrom: 1, startDate: 1 },
    ],
  },
);
