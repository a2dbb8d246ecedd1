import type { Role } from '../roles';
import type { FindingStatus } from '../rpc/finding.rpc';
import { transitionFor, type LifecycleTable, type Transition } from './lifecycle-table';

/**
 * The finding's state machine as one declarative table
 * (docs/domain/organisation-certification.md#audit-findings), in the style of the dossier lifecycle table.
 * Every action is a state change of the finding (or a data change within its state, `same`); anything not in
 * the table is refused with 409 and the current status.
 */
export const FINDING_ACTIONS = [
  'confirm',
  'reject',
  'request_measures',
  'draft_measure',
  'edit_measure',
  'mark_measure_ready',
  'send_measures',
  'review_measure',
  'request_proofs',
  'draft_proof',
  'edit_proof',
  'mark_proof_ready',
  'send_proofs',
  'review_proof',
  'post_message',
  'reclassify_on_appeal',
] as const;
export type FindingAction = (typeof FINDING_ACTIONS)[number];

export type FindingGuard =
  /**
   * Corrective measures were agreed at the audit's closing meeting: proofs may be asked directly
   * (docs/domain/organisation-certification.md#measures-agreed-at-the-closing-meeting).
   */
  | 'measures_agreed_at_closing'
  /**
   * At least one item of the action's kind is marked ready: only ready items are sent
   * (docs/domain/organisation-certification.md#ready-items-and-batch-send).
   */
  | 'ready_items';

/**
 * `decided` targets are a review's outcome once every sent item is reviewed: still items to review
 * → same; a clarification asked → *_clarification; all accepted and nothing left in draft →
 * measures_accepted / closed; all accepted but drafts left → *_requested (the dossier service's review of an item says which).
 */
export type FindingTransition = Transition<FindingStatus, FindingAction, FindingGuard, Role>;

const APPLICANT: Role[] = ['org_admin', 'org_member'];
const ANALYST: Role[] = ['analyst'];
/** The applicant writes measures while they are asked for, also while some sent ones are reviewed. */
const MEASURES_OPEN: FindingStatus[] = ['measures_requested', 'measures_sent', 'measures_clarification'];
const PROOFS_OPEN: FindingStatus[] = ['proofs_requested', 'proofs_sent', 'proofs_clarification'];
/**
 * The thread exists once the applicant sees the finding, after the analyst's confirmation
 * (docs/domain/organisation-certification.md#finding-thread).
 */
const VISIBLE_TO_APPLICANT: FindingStatus[] = [
  'confirmed',
  ...MEASURES_OPEN,
  'measures_accepted',
  ...PROOFS_OPEN,
  'closed',
];

export const FINDING_TABLE: LifecycleTable<FindingStatus, FindingAction, FindingGuard, Role> = [
  { action: 'confirm', from: ['recorded'], to: 'confirmed', by: ANALYST },
  { action: 'reject', from: ['recorded'], to: 'rejected', by: ANALYST },
  { action: 'request_measures', from: ['confirmed'], to: 'measures_requested', by: ANALYST },
  { action: 'draft_measure', from: MEASURES_OPEN, to: 'same', by: APPLICANT },
  { action: 'edit_measure', from: MEASURES_OPEN, to: 'same', by: APPLICANT },
  { action: 'mark_measure_ready', from: MEASURES_OPEN, to: 'same', by: APPLICANT },
  {
    action: 'send_measures',
    from: MEASURES_OPEN,
    to: 'measures_sent',
    by: APPLICANT,
    guards: ['ready_items'],
  },
  { action: 'review_measure', from: ['measures_sent'], to: 'decided', by: ANALYST },
  { action: 'request_proofs', from: ['measures_accepted'], to: 'proofs_requested', by: ANALYST },
  // The shortcut: measures agreed at the closing meeting, the flow starts at the proof request
  // (docs/domain/organisation-certification.md#measures-agreed-at-the-closing-meeting).
  {
    action: 'request_proofs',
    from: ['confirmed'],
    to: 'proofs_requested',
    by: ANALYST,
    guards: ['measures_agreed_at_closing'],
  },
  { action: 'draft_proof', from: PROOFS_OPEN, to: 'same', by: APPLICANT },
  { action: 'edit_proof', from: PROOFS_OPEN, to: 'same', by: APPLICANT },
  { action: 'mark_proof_ready', from: PROOFS_OPEN, to: 'same', by: APPLICANT },
  { action: 'send_proofs', from: PROOFS_OPEN, to: 'proofs_sent', by: APPLICANT, guards: ['ready_items'] },
  { action: 'review_proof', from: ['proofs_sent'], to: 'decided', by: ANALYST },
  {
    action: 'post_message',
    from: VISIBLE_TO_APPLICANT,
    to: 'same',
    by: [...APPLICANT, 'analyst', 'cb_admin'],
  },
  // An upheld appeal on its classification (docs/domain/complaints-and-appeals.md#review): a finding
  // the applicant was told of takes the severity the review gives it, wherever it stands.
  { action: 'reclassify_on_appeal', from: VISIBLE_TO_APPLICANT, to: 'same', by: ['decision_maker'] },
];

export const findingTransitionFor = (
  status: FindingStatus,
  action: FindingAction,
): FindingTransition | undefined => transitionFor(FINDING_TABLE, status, action);

/** Statuses in which a finding is no longer open (the dossier may go to decision without it). */
export const FINDING_DONE: readonly FindingStatus[] = ['closed', 'rejected'];
