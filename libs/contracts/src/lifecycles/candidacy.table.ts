import type { CandidacyStatus } from '../candidacy/candidate.schemas';
import { EXCHANGE_STATUSES } from '../candidacy/exchange.schemas';
import { TRAINING_ADMINS, TRAINING_STAFF, type Role } from '../roles';
import type { LifecycleTable } from './lifecycle-table';

/**
 * The candidacy's life as one table (docs/domain/individuals-certification.md#candidacy-statuses):
 * every action, the statuses it is accepted in, where it leads and who takes it. The perimeter
 * (which establishment's candidates a user reaches) is the repository's; the table says what the
 * roles reaching it may do. Anything not here answers 409 with the current status.
 */
export const CANDIDACY_ACTIONS = [
  'edit',
  'set_active',
  'delete',
  'open_evaluation',
  'save_evaluation',
  'record_preliminary_evaluation',
  'record_final_evaluation',
  'reopen_evaluation',
  'record_training',
  'edit_training',
  'send_to_certification',
  'cancel_sending',
  'assign_jury',
  'request_complement',
  'complete',
  'resend',
  'certify',
  'refuse_certification',
  'abandon',
  'reinstate',
  'transfer',
  'record_dispatch',
  'post_message',
] as const;
export type CandidacyAction = (typeof CANDIDACY_ACTIONS)[number];

export type CandidacyGuard =
  'nothing_recorded' | 'habilitation_valid' | 'identity_complete' | 'trained_since_evaluation';

/** The training side: every role of a network reaches the candidates of its perimeter. */
export const TRAINING_SIDE = TRAINING_STAFF;
/** Organisation administrators and above: a finalised evaluation is theirs to reopen. */
const ORGANISATION_ADMINS = [
  'network_admin',
  'network_supervisor',
  'training_org_admin',
] as const satisfies readonly Role[];
const CERTIFIER = ['cb_admin', 'certifier_staff'] as const satisfies readonly Role[];
/** Who answers the training side's requests to the certifier (habilitations, transfers): once, for good. */
export const CERTIFIER_DECIDERS = ['platform_admin', ...CERTIFIER] as const satisfies readonly Role[];
const JURY = ['jury_member'] as const satisfies readonly Role[];

/** Before the dossier leaves for certification: the establishment still works on it. */
const IN_PREPARATION: CandidacyStatus[] = [
  'awaiting_preliminary_evaluation',
  'awaiting_final_evaluation',
  'to_send',
  'complement_requested',
  'completed',
];

export const CANDIDACY_TABLE: LifecycleTable<CandidacyStatus, CandidacyAction, CandidacyGuard, Role> = [
  { action: 'edit', from: IN_PREPARATION, to: 'same', by: [...TRAINING_SIDE] },
  // Deactivating hides nothing and changes no status: the flag says the establishment stopped working on it.
  {
    action: 'set_active',
    from: [...IN_PREPARATION, 'abandoned'],
    to: 'same',
    by: [...TRAINING_ADMINS, ...CERTIFIER],
  },
  {
    action: 'delete',
    from: ['awaiting_preliminary_evaluation'],
    to: 'same',
    by: [...TRAINING_SIDE],
    guards: ['nothing_recorded'],
  },
  // An evaluation is drafted and saved before it is finalised; a final one needs a training attended
  // since the previous evaluation.
  {
    action: 'open_evaluation',
    from: ['awaiting_preliminary_evaluation', 'awaiting_final_evaluation'],
    to: 'same',
    by: [...TRAINING_SIDE],
    guards: ['habilitation_valid', 'trained_since_evaluation'],
  },
  {
    action: 'save_evaluation',
    from: ['awaiting_preliminary_evaluation', 'awaiting_final_evaluation'],
    to: 'same',
    by: [...TRAINING_SIDE],
    guards: ['habilitation_valid'],
  },
  // The evaluation's result decides: validated (all 28 sub-domains acquired) → to_send, else the final one.
  {
    action: 'record_preliminary_evaluation',
    from: ['awaiting_preliminary_evaluation'],
    to: 'decided',
    by: [...TRAINING_SIDE],
    guards: ['habilitation_valid'],
  },
  {
    action: 'record_final_evaluation',
    from: ['awaiting_final_evaluation'],
    to: 'decided',
    by: [...TRAINING_SIDE],
    guards: ['habilitation_valid', 'trained_since_evaluation'],
  },
  // Back to the status that awaited the reopened evaluation, before the dossier is sent.
  {
    action: 'reopen_evaluation',
    from: ['awaiting_final_evaluation', 'to_send'],
    to: 'decided',
    by: [...ORGANISATION_ADMINS],
  },
  // Training follows an evaluation not validated, or a jury's request for complements.
  {
    action: 'record_training',
    from: ['awaiting_final_evaluation', 'complement_requested'],
    to: 'same',
    by: [...TRAINING_SIDE],
    guards: ['habilitation_valid'],
  },
  // A recorded training is corrected while it can still be: its dates, domains or proofs.
  {
    action: 'edit_training',
    from: ['awaiting_final_evaluation', 'complement_requested'],
    to: 'same',
    by: [...TRAINING_SIDE],
    guards: ['habilitation_valid'],
  },
  {
    action: 'send_to_certification',
    from: ['to_send'],
    to: 'awaiting_certification',
    by: [...TRAINING_SIDE],
    guards: ['identity_complete'],
  },
  // A send made by mistake goes back, by the network's administrator or the certifier only.
  {
    action: 'cancel_sending',
    from: ['awaiting_certification', 'awaiting_jury'],
    to: 'to_send',
    by: ['network_admin', ...CERTIFIER],
  },
  {
    action: 'assign_jury',
    from: ['awaiting_certification'],
    to: 'awaiting_jury',
    by: [...CERTIFIER, ...JURY],
  },
  { action: 'request_complement', from: ['awaiting_jury'], to: 'complement_requested', by: [...JURY] },
  { action: 'complete', from: ['complement_requested'], to: 'completed', by: [...TRAINING_SIDE] },
  { action: 'resend', from: ['completed'], to: 'awaiting_certification', by: [...TRAINING_SIDE] },
  { action: 'certify', from: ['awaiting_jury'], to: 'certified', by: [...JURY] },
  { action: 'refuse_certification', from: ['awaiting_jury'], to: 'not_certified', by: [...JURY] },
  // A dossier with the certifier is not the establishment's to abandon; the platform abandons it
  // 5 years after the preliminary evaluation whatever it waits for.
  {
    action: 'abandon',
    from: IN_PREPARATION,
    to: 'abandoned',
    by: [...TRAINING_SIDE, 'system'],
  },
  // Back to where it stood when abandoned (kept on the candidate).
  { action: 'reinstate', from: ['abandoned'], to: 'decided', by: [...TRAINING_ADMINS] },
  // An accepted transfer request moves the dossier to another establishment; one with the jury,
  // being certified or certified stays where it is. Whoever may accept the request moves it.
  {
    action: 'transfer',
    from: [...IN_PREPARATION, 'not_certified', 'abandoned'],
    to: 'same',
    by: [...CERTIFIER_DECIDERS],
  },
  // A certified candidacy stays certified: its paper certificate's postings are recorded on it.
  { action: 'record_dispatch', from: ['certified'], to: 'same', by: [...CERTIFIER] },
  // The exchanges tab: both sides write to each other once the certifier has the dossier, and after
  // its decision.
  {
    action: 'post_message',
    from: [...EXCHANGE_STATUSES],
    to: 'same',
    by: [...TRAINING_SIDE, ...CERTIFIER, ...JURY],
  },
];
