import type { ComplaintStatus, Role } from '@certhub/contracts';
import type { LifecycleTable } from '@certhub/platform';

export const COMPLAINT_ACTIONS = ['acknowledge', 'dismiss', 'answer'] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

/** The caller is the complaint's named handler (a CB administrator may always act). */
export type ComplaintGuard = 'handler';

/**
 * A complaint's state machine (docs/domain/complaints-and-appeals.md#complaint-lifecycle): the CB's
 * administrator takes a received complaint in charge (naming its handler) or dismisses it; the
 * handler closes it with an outcome and a reasoned answer. Anything else is 409 with the status.
 */
export const COMPLAINT_TABLE: LifecycleTable<ComplaintStatus, ComplaintAction, ComplaintGuard, Role> = [
  { action: 'acknowledge', from: ['received'], to: 'investigating', by: ['cb_admin'] },
  { action: 'dismiss', from: ['received'], to: 'dismissed', by: ['cb_admin'] },
  {
    action: 'answer',
    from: ['investigating'],
    to: 'closed',
    by: ['cb_admin', 'analyst', 'decision_maker'],
    guards: ['handler'],
  },
];
