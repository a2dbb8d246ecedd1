import { FINDING_STATUSES, type DossierStatus, type FindingStatus } from '@certhub/contracts';
import type { AuditDoc } from '../../services/dossier/src/audits/audit.schema';
import type { DossierView } from '../../services/dossier/src/lifecycle/dossier.schema';
import type {
  FindingDoc,
  FindingItem,
  FindingTrailEntry,
} from '../../services/dossier/src/findings/finding.schema';
import { DAY_MS, dayOf } from './dossier-docs';
import type { Random } from './random';

/** What a finding needs to know of its audit and dossier (kept in memory between the two passes). */
export interface AuditRef {
  auditId: string;
  dossierId: string;
  organisationId: string;
  cbId: string;
  schemeId: string;
  schemeVersion: string;
  auditorIds: string[];
  analystId?: string;
  endDate: string;
  dossierStatus: DossierStatus;
  /** The dossier's latest past audit: the one whose findings are still being worked on. */
  latest: boolean;
  requirementIds: string[];
}

const OPEN_FLOW: readonly (readonly [FindingStatus, number])[] = [
  ['recorded', 10],
  ['confirmed', 8],
  ['measures_requested', 18],
  ['measures_sent', 12],
  ['measures_clarification', 5],
  ['measures_accepted', 5],
  ['proofs_requested', 14],
  ['proofs_sent', 8],
  ['proofs_clarification', 4],
  ['closed', 12],
  ['rejected', 4],
];
/** The steps in order; a rejection ends the path after `recorded`. */
const ORDER: FindingStatus[] = FINDING_STATUSES.filter((s) => s !== 'rejected');

/** Where a finding stands given its dossier: in progress on the current audit, done on earlier ones. */
/** The reference to one of the dossier's past audits (`latest`: the last of them). */
export function auditRef(
  dossier: DossierView,
  audit: AuditDoc,
  latest: boolean,
  requirementIds: string[],
): AuditRef {
  return {
    auditId: audit._id,
    dossierId: dossier._id,
    organisationId: dossier.organisationId,
    cbId: dossier.cbId,
    schemeId: dossier.schemeId,
    schemeVersion: dossier.schemeVersion,
    auditorIds: audit.auditorIds,
    ...(dossier.analystId ? { analystId: dossier.analystId } : {}),
    endDate: audit.endDate,
    dossierStatus: dossier.status,
    latest,
    requirementIds,
  };
}

export function findingStatusFor(ref: AuditRef, rnd: Random): FindingStatus {
  if (ref.dossierStatus === 'audited') return 'recorded';
  const inProgress = ref.latest && ['findings_open', 'suspended', 'renewal'].includes(ref.dossierStatus);
  if (inProgress) return rnd.weighted(OPEN_FLOW);
  return rnd.chance(0.92) ? 'closed' : 'rejected';
}

/** One non-conformity with its items (MC/PM), trail and due date. */
export function buildFinding(
  ref: AuditRef,
  rnd: Random,
  number: number,
  status: FindingStatus,
  now: number,
): FindingDoc {
  const end = Date.parse(`${ref.endDate}T00:00:00Z`);
  const recordedAt = new Date(end + rnd.int(1, 16) * DAY_MS);
  // Due 30–90 days after the audit: recent audits' open findings are partly overdue, partly not.
  const dueDate = dayOf(end + rnd.int(30, 90) * DAY_MS);
  const open = status !== 'closed' && status !== 'rejected';
  const reach = status === 'rejected' ? 1 : ORDER.indexOf(status);
  const stepAt = (i: number) => new Date(Math.min(now, recordedAt.getTime() + i * rnd.int(2, 12) * DAY_MS));
  const items: FindingItem[] = [];
  if (reach >= ORDER.indexOf('measures_requested')) {
    const measures = rnd.int(1, 3);
    for (let i = 0; i < measures; i++)
      items.push(
        item(
          rnd,
          'measure',
          reach > ORDER.indexOf('measures_accepted') - 1 ? 'accepted' : itemStatus(status, 'measure'),
          stepAt(3),
        ),
      );
  }
  if (reach >= ORDER.indexOf('proofs_requested')) {
    const proofs = rnd.int(1, 2);
    for (let i = 0; i < proofs; i++)
      items.push(
        item(rnd, 'proof', status === 'closed' ? 'accepted' : itemStatus(status, 'proof'), stepAt(6)),
      );
  }
  const trail: FindingTrailEntry[] = [
    {
      at: recordedAt,
      by: ref.auditorIds[0] as string,
      action: 'record',
      to: 'recorded',
      what: 'non-conformity recorded',
    },
  ];
  const path = status === 'rejected' ? (['rejected'] as FindingStatus[]) : ORDER.slice(1, reach + 1);
  path.forEach((to, i) =>
    trail.push({
      at: stepAt(i + 1),
      by: to.endsWith('_sent') ? `user-${ref.organisationId}` : (ref.analystId ?? 'analyst'),
      action: to,
      from: i === 0 ? 'recorded' : (path[i - 1] as FindingStatus),
      to,
      what: rnd.words(rnd.int(4, 10)),
    }),
  );
  return {
    _id: rnd.uuid(),
    tenantId: [ref.organisationId, ref.cbId],
    organisationId: ref.organisationId,
    cbId: ref.cbId,
    dossierId: ref.dossierId,
    auditId: ref.auditId,
    schemeId: ref.schemeId,
    schemeVersion: ref.schemeVersion,
    auditorIds: ref.auditorIds,
    ...(ref.analystId ? { analystId: ref.analystId } : {}),
    number: `NC${String(number).padStart(4, '0')}`,
    requirementId: rnd.pick(ref.requirementIds),
    severity: rnd.chance(0.25) ? 'major' : 'minor',
    description: rnd.prose(rnd.int(120, 900)),
    dueDate,
    late: rnd.chance(0.05),
    status,
    open,
    ...(rnd.chance(0.1) ? { closingMeetingMeasures: rnd.prose(rnd.int(60, 300)) } : {}),
    ...(status === 'rejected' ? { rejectionReason: rnd.prose(rnd.int(40, 200)) } : {}),
    items,
    recordedAt,
    recordedBy: ref.auditorIds[0] as string,
    ...(status === 'closed' ? { closedAt: stepAt(path.length) } : {}),
    version: trail.length - 1 + items.length,
    trail,
    outbox: [],
  };
}

function itemStatus(status: FindingStatus, kind: 'measure' | 'proof'): FindingItem['status'] {
  if (status === `${kind}s_sent`) return 'sent';
  if (status === `${kind}s_clarification`) return 'clarification_requested';
  return 'draft';
}

function item(rnd: Random, kind: FindingItem['kind'], status: FindingItem['status'], at: Date): FindingItem {
  return {
    id: rnd.uuid(),
    kind,
    status,
    ready: status === 'draft' && rnd.chance(0.3),
    text: rnd.prose(rnd.int(100, 600)),
    documentIds: kind === 'proof' ? Array.from({ length: rnd.int(1, 3) }, () => `doc-${rnd.uuid()}`) : [],
    ...(status === 'clarification_requested' ? { reviewComment: rnd.prose(rnd.int(40, 200)) } : {}),
    ...(status !== 'draft' ? { sentAt: at } : {}),
    ...(status === 'accepted' ? { reviewedAt: at } : {}),
    updatedAt: at,
  };
}

/**
 * A finding waiting for the applicant's batch send: measures requested, two drafted measures, one
 * marked ready (sent by the batch) and one not (left behind, as
 * docs/domain/organisation-certification.md#ready-items-and-batch-send requires).
 */
export function buildSendableFinding(ref: AuditRef, rnd: Random, number: number, now: number): FindingDoc {
  const finding = buildFinding(ref, rnd, number, 'measures_requested', now);
  const at = new Date(now - DAY_MS);
  finding.items = [
    { ...item(rnd, 'measure', 'draft', at), ready: true },
    { ...item(rnd, 'measure', 'draft', at), ready: false },
  ];
  finding.dueDate = dayOf(now + 30 * DAY_MS);
  return finding;
}
