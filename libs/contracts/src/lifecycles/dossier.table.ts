import { BEFORE_CONTRACT_STATUSES } from '../events/dossier-status.groups';
import { DossierStatusSchema, type DossierStatus } from '../events/dossier.events';
import { CB_OFFICE, type Role } from '../roles';
import { transitionFor, transitionsOf, type LifecycleTable, type Transition } from './lifecycle-table';

/**
 * What a decision maker may decide once the audit cycle is over (docs/domain/organisation-certification.md#decisions):
 * one route records any of them, open to who may take one.
 */
export const DOSSIER_DECISION_ACTIONS = [
  'decide_grant',
  'decide_refuse',
  'decide_complementary',
  'decide_maintain',
  'decide_suspend',
  'decide_withdraw',
] as const;

/**
 * The dossier lifecycle as one declarative table
 * (docs/domain/organisation-certification.md#dossier-lifecycle): every action a dossier accepts, the statuses
 * it is accepted in, the status it leads to and who may take it. Anything not in this table is refused with
 * 409 and the current status. Guards name conditions on the dossier's data (checked by
 * the dossier service's write path), never hidden transitions.
 */
export const DOSSIER_ACTIONS = [
  'save_questionnaire',
  'submit_questionnaire',
  'assign',
  'raise_questionnaire_finding',
  'answer_questionnaire_finding',
  'resubmit_questionnaire',
  'close_questionnaire_finding',
  'declare_admissible',
  'refuse_admissibility',
  'send_offer',
  'return_signed_offer',
  'record_contract',
  'plan_audit',
  'complete_audit',
  'open_findings',
  'request_decision',
  ...DOSSIER_DECISION_ACTIONS,
  'suspend',
  'reinstate',
  'withdraw',
  'expire',
  'open_renewal',
  'submit_renewal_documents',
  'review_renewal_documents',
  'request_scope_change',
  'decide_scope_change',
  'abandon',
  'review_on_appeal',
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

export type DossierGuard =
  /** Every document the renewal requires was filed and accepted (none required: holds). */
  | 'renewal_documents_accepted'
  /** No offer was sent, or the one sent has not come back signed: the CB may (re)send it. */
  | 'offer_unsigned'
  /** An offer was sent and has not come back signed yet. */
  | 'offer_awaiting_signature'
  /** No offer is waiting for the applicant's signature (none sent, or it came back signed). */
  | 'no_offer_awaiting_signature'
  /** The dossier holds a valid (not suspended, not withdrawn, not expired) certificate. */
  | 'certificate_valid'
  /** The dossier holds a certificate that is valid or suspended (not withdrawn, not expired). */
  | 'certificate_held'
  /**
   * The pending decision (re)certifies: no certificate was granted yet, or a renewal is open (the
   * renewal audit runs like an initial one): initial decision options apply
   * (docs/domain/organisation-certification.md#initial-decision-options).
   */
  | 'initial_cycle'
  /**
   * A certificate was granted and no renewal is open: surveillance options apply
   * (docs/domain/organisation-certification.md#surveillance-decision-options).
   */
  | 'surveillance_cycle'
  /**
   * The applicant declared a change of scope that the CB has not decided on yet
   * (docs/domain/organisation-certification.md#change-of-scope).
   */
  | 'scope_change_pending'
  /** Every questionnaire finding has an answer from the applicant. */
  | 'questionnaire_findings_answered'
  /** No questionnaire finding is still open. */
  | 'questionnaire_findings_closed'
  /** At least one non-conformity of the current audit is open. */
  | 'findings_open'
  /** Every non-conformity of the current audit is closed. */
  | 'findings_closed'
  /** The renewal window of the scheme is open (validUntil - renewalWindow <= today < validUntil). */
  | 'renewal_window_open'
  /** The certificate's validUntil has passed. */
  | 'validity_elapsed'
  /** A decision asked for a complementary audit/control that is not yet planned. */
  | 'complementary_requested'
  /** No other audit of the dossier is planned (the one being planned aside): its audit was cancelled. */
  | 'no_other_audit_planned';

export type DossierTransition = Transition<DossierStatus, DossierAction, DossierGuard, Role>;

const APPLICANT = ['org_admin', 'org_member'] as const;
const BEFORE_CONTRACT: DossierStatus[] = [...BEFORE_CONTRACT_STATUSES];
/**
 * Statuses of a certified dossier going through a surveillance or renewal audit: the steps a
 * suspension may interrupt and a reinstatement resumes.
 */
export const CERTIFIED_CYCLE: readonly DossierStatus[] = [
  'certified',
  'audit_planned',
  'audited',
  'findings_open',
  'decision_pending',
  'renewal',
];
/** An analyst is (re)assigned from submission until the dossier has ended. */
const ENDED: readonly DossierStatus[] = ['refused', 'withdrawn', 'expired', 'abandoned'];
const ASSIGNABLE = DossierStatusSchema.options.filter((s) => s !== 'draft' && !ENDED.includes(s));

export const DOSSIER_LIFECYCLE: LifecycleTable<DossierStatus, DossierAction, DossierGuard, Role> = [
  { action: 'save_questionnaire', from: ['draft', 'findings_on_questionnaire'], to: 'same', by: APPLICANT },
  { action: 'submit_questionnaire', from: ['draft'], to: 'submitted', by: APPLICANT },
  { action: 'assign', from: ASSIGNABLE, to: 'same', by: ['cb_admin'] },
  {
    action: 'raise_questionnaire_finding',
    from: ['submitted', 'corrected', 'findings_on_questionnaire'],
    to: 'findings_on_questionnaire',
    by: ['analyst'],
  },
  {
    action: 'answer_questionnaire_finding',
    from: ['findings_on_questionnaire'],
    to: 'same',
    by: APPLICANT,
  },
  {
    action: 'resubmit_questionnaire',
    from: ['findings_on_questionnaire'],
    to: 'corrected',
    by: APPLICANT,
    guards: ['questionnaire_findings_answered'],
  },
  { action: 'close_questionnaire_finding', from: ['corrected'], to: 'same', by: ['analyst'] },
  {
    action: 'declare_admissible',
    from: ['submitted', 'corrected'],
    to: 'admissible',
    by: ['analyst'],
    guards: ['questionnaire_findings_closed'],
  },
  { action: 'refuse_admissibility', from: ['submitted', 'corrected'], to: 'refused', by: ['analyst'] },
  // The commercial offer goes out and comes back signed while the dossier is admissible.
  {
    action: 'send_offer',
    from: ['admissible'],
    to: 'same',
    by: CB_OFFICE,
    guards: ['offer_unsigned'],
  },
  {
    action: 'return_signed_offer',
    from: ['admissible'],
    to: 'same',
    by: ['org_admin'],
    guards: ['offer_awaiting_signature'],
  },
  {
    action: 'record_contract',
    from: ['admissible'],
    to: 'contracted',
    by: CB_OFFICE,
    guards: ['no_offer_awaiting_signature'],
  },
  // Initial audit after the contract; surveillance audit of a certified dossier; renewal audit;
  // complementary audit asked by a decision (the dossier waits in decision_pending meanwhile).
  // A renewal moved to this CB: its initial audit waits for the renewal's documents, accepted.
  {
    action: 'plan_audit',
    from: ['contracted'],
    to: 'audit_planned',
    by: CB_OFFICE,
    guards: ['renewal_documents_accepted'],
  },
  { action: 'plan_audit', from: ['certified'], to: 'audit_planned', by: CB_OFFICE },
  // The renewal audit waits for the documents the renewal requires, filed and accepted.
  {
    action: 'plan_audit',
    from: ['renewal'],
    to: 'audit_planned',
    by: CB_OFFICE,
    guards: ['renewal_documents_accepted'],
  },
  // With another CB, the new dossier takes them until its initial audit is planned (up to `contracted`).
  { action: 'submit_renewal_documents', from: ['renewal', ...BEFORE_CONTRACT], to: 'same', by: APPLICANT },
  { action: 'review_renewal_documents', from: ['renewal', ...BEFORE_CONTRACT], to: 'same', by: ['analyst'] },
  {
    action: 'plan_audit',
    from: ['decision_pending'],
    to: 'audit_planned',
    by: CB_OFFICE,
    guards: ['complementary_requested'],
  },
  // The planned audit was cancelled: the dossier still awaits its audit, a new one may be planned.
  {
    action: 'plan_audit',
    from: ['audit_planned'],
    to: 'same',
    by: CB_OFFICE,
    guards: ['no_other_audit_planned'],
  },
  { action: 'complete_audit', from: ['audit_planned'], to: 'audited', by: ['auditor'] },
  {
    action: 'open_findings',
    from: ['audited'],
    to: 'findings_open',
    by: ['auditor', 'system'],
    guards: ['findings_open'],
  },
  {
    action: 'request_decision',
    from: ['audited', 'findings_open'],
    to: 'decision_pending',
    by: ['auditor', 'analyst', 'system'],
    guards: ['findings_closed'],
  },
  {
    action: 'decide_grant',
    from: ['decision_pending'],
    to: 'certified',
    by: ['decision_maker'],
    guards: ['initial_cycle'],
  },
  {
    action: 'decide_refuse',
    from: ['decision_pending'],
    to: 'refused',
    by: ['decision_maker'],
    guards: ['initial_cycle'],
  },
  { action: 'decide_complementary', from: ['decision_pending'], to: 'same', by: ['decision_maker'] },
  {
    action: 'decide_maintain',
    from: ['decision_pending'],
    to: 'certified',
    by: ['decision_maker'],
    guards: ['surveillance_cycle'],
  },
  {
    action: 'decide_suspend',
    from: ['decision_pending'],
    to: 'suspended',
    by: ['decision_maker'],
    guards: ['surveillance_cycle', 'certificate_valid'],
  },
  {
    action: 'decide_withdraw',
    from: ['decision_pending'],
    to: 'withdrawn',
    by: ['decision_maker'],
    guards: ['surveillance_cycle'],
  },
  {
    action: 'suspend',
    from: CERTIFIED_CYCLE,
    to: 'suspended',
    by: ['decision_maker'],
    guards: ['certificate_valid'],
  },
  // Back to the step of the cycle the suspension interrupted (a planned surveillance audit can still
  // be completed, open findings still answered); `certified` after a suspension decided at the end of
  // an audit. The command names it from the dossier's `suspendedFrom`, always one of CERTIFIED_CYCLE.
  { action: 'reinstate', from: ['suspended'], to: 'decided', by: ['decision_maker'] },
  {
    action: 'withdraw',
    from: [...CERTIFIED_CYCLE, 'suspended'],
    to: 'withdrawn',
    by: ['decision_maker'],
    guards: ['certificate_held'],
  },
  // 'refused' too: a refused renewal leaves the current certificate running until its end.
  {
    action: 'expire',
    from: [...CERTIFIED_CYCLE, 'suspended', 'refused'],
    to: 'expired',
    by: ['system'],
    guards: ['validity_elapsed'],
  },
  {
    action: 'open_renewal',
    from: ['certified'],
    to: 'renewal',
    by: ['org_admin'],
    guards: ['renewal_window_open'],
  },
  { action: 'request_scope_change', from: ['certified'], to: 'same', by: ['org_admin'] },
  {
    action: 'decide_scope_change',
    from: ['certified'],
    to: 'same',
    by: ['analyst'],
    guards: ['scope_change_pending'],
  },
  { action: 'abandon', from: BEFORE_CONTRACT, to: 'abandoned', by: ['org_admin'] },
  // An upheld appeal sends the refusal or the withdrawal back (docs/domain/complaints-and-appeals.md#review):
  // a refusal to the step it ended (admissibility, or the pending decision), a withdrawal to `certified`
  // with its certificate. The command names the target; the complaints service alone asks for it.
  { action: 'review_on_appeal', from: ['refused', 'withdrawn'], to: 'decided', by: ['decision_maker'] },
];

/** The rows of one action (some actions have several rows with different guards). */
export const dossierTransitionsOf = (action: DossierAction): readonly DossierTransition[] =>
  transitionsOf(DOSSIER_LIFECYCLE, action);

/** The row that lets `action` run in `status`, or undefined (the caller answers 409). */
export const dossierTransitionFor = (
  status: DossierStatus,
  action: DossierAction,
): DossierTransition | undefined => transitionFor(DOSSIER_LIFECYCLE, status, action);
