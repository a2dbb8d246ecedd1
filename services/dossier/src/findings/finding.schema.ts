import type { FindingItemKind, FindingStatus } from '@certhub/contracts';
import { collectionSchema } from '@certhub/platform';
import { Schema } from 'mongoose';
import {
  dossierPartFields,
  versionedFields,
  type DossierPart,
  type Versioned,
} from '../lifecycle/dossier-part';

export const FINDING_MODEL = 'Finding';

export type FindingItemStatus = 'draft' | 'sent' | 'accepted' | 'clarification_requested';

/**
 * A corrective measure (MC) or a material proof (PM) of one finding
 * (docs/domain/organisation-certification.md#audit-findings).
 */
export interface FindingItem {
  id: string;
  kind: FindingItemKind;
  status: FindingItemStatus;
  ready: boolean;
  text: string;
  documentIds: string[];
  reviewComment?: string;
  sentAt?: Date;
  reviewedAt?: Date;
  updatedAt: Date;
}

export interface FindingTrailEntry {
  at: Date;
  by: string;
  action: string;
  from?: FindingStatus;
  to: FindingStatus;
  what: string;
  before?: unknown;
  after?: unknown;
}

/** A non-conformity recorded after an audit: the lean document repositories return. */
export interface FindingDoc extends DossierPart, Versioned<FindingTrailEntry> {
  auditId: string;
  /** The audit's auditors: the auditor read rule. */
  auditorIds: string[];
  analystId?: string;
  number: string;
  requirementId: string;
  severity: 'major' | 'minor';
  description: string;
  dueDate: string;
  late: boolean;
  status: FindingStatus;
  /** Not closed and not rejected: what the lifecycle guards and the "open" search count. */
  open: boolean;
  closingMeetingMeasures?: string;
  rejectionReason?: string;
  items: FindingItem[];
  recordedAt: Date;
  recordedBy: string;
  closedAt?: Date;
}

export const FindingSchema = collectionSchema<FindingDoc>(
  'findings',
  {
    ...dossierPartFields,
    auditId: { type: String, required: true },
    auditorIds: { type: [String], default: [] },
    analystId: String,
    number: { type: String, required: true },
    requirementId: { type: String, required: true },
    severity: { type: String, required: true },
    description: { type: String, required: true },
    dueDate: { type: String, required: true },
    late: { type: Boolean, required: true },
    status: { type: String, required: true },
    open: { type: Boolean, required: true },
    closingMeetingMeasures: String,
    rejectionReason: String,
    items: { type: [Schema.Types.Mixed], default: [] } as never,
    recordedAt: { type: Date, required: true },
    recordedBy: { type: String, required: true },
    closedAt: Date,
    ...versionedFields,
  },
  {
    tenantScoped: true,
    options: { minimize: false },
    indexes: [
      // Numbers are per dossier (NC0001…): a duplicate is refused, never shown twice.
      [{ dossierId: 1, number: 1 }, { unique: true }],
      // findings.search of a tenant, newest first (no other filter).
      { tenantId: 1, recordedAt: -1 },
      // findings.search by dossier (and the batch send, which reads the dossier's findings).
      { tenantId: 1, dossierId: 1, recordedAt: -1 },
      // findings.search open/closed and overdue (open, dueDate < today); the lifecycle guards' count.
      { tenantId: 1, open: 1, dueDate: 1 },
      // findings.search by requirement.
      { tenantId: 1, requirementId: 1, recordedAt: -1 },
      // findings.search by severity.
      { tenantId: 1, severity: 1, recordedAt: -1 },
      // The auditor's read rule: findings of the audits he is booked on.
      { tenantId: 1, auditorIds: 1, recordedAt: -1 },
      // findings-recorded and the closure check: the open findings of one audit / dossier.
      { tenantId: 1, auditId: 1, open: 1 },
    ],
  },
);
