import type { AppealStatus } from '../complaints/appeal.schemas';
import type { Role } from '../roles';
import type { LifecycleTable } from './lifecycle-table';

export const APPEAL_ACTIONS = ['assign', 'suspend_effect', 'uphold', 'reject', 'review', 'withdraw'] as const;
export type AppealAction = (typeof APPEAL_ACTIONS)[number];

export type AppealGuard =
  /** The caller is the appeal's named handler (a CB administrator may always act). */
  | 'handler'
  /** The contested decision's effect is not suspended yet. */
  | 'effect_in_force'
  /** The caller belongs to the appellant organisation. */
  | 'appellant';

const HANDLERS: Role[] = ['cb_admin', 'analyst', 'decision_maker'];

/**
 * An appeal's state machine (docs/domain/complaints-and-appeals.md#appeal-lifecycle): the CB's
 * administrator names a handler who took no part in the decision (and may suspend the decision's
 * effect meanwhile); the handler upholds or rejects it with a reasoned answer; an upheld decision is
 * reviewed through the dossier lifecycle by a decision maker; the appellant may withdraw it until
 * it is decided. Anything else is 409 with the status.
 */
export const APPEAL_TABLE: LifecycleTable<AppealStatus, AppealAction, AppealGuard, Role> = [
  { action: 'assign', from: ['lodged'], to: 'investigating', by: ['cb_admin'] },
  {
    action: 'suspend_effect',
    from: ['lodged', 'investigating'],
    to: 'same',
    by: ['cb_admin'],
    guards: ['effect_in_force'],
  },
  { action: 'uphold', from: ['investigating'], to: 'upheld', by: HANDLERS, guards: ['handler'] },
  { action: 'reject', from: ['investigating'], to: 'rejected', by: HANDLERS, guards: ['handler'] },
  { action: 'review', from: ['upheld'], to: 'reviewed', by: ['decision_maker'] },
  {
    action: 'withdraw',
    from: ['lodged', 'investigating'],
    to: 'withdrawn',
    by: ['org_admin'],
    guards: ['appellant'],
  },
];
