import type { ComplaintStatus } from '../complaints/complaint.schemas';
import type { Role } from '../roles';
import type { LifecycleTable } from './lifecycle-table';

export const COMPLAINT_ACTIONS = ['acknowledge', 'dismiss', 'act', 'answer'] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

export type ComplaintGuard =
  /** The caller is the complaint's named handler (a CB administrator may always act). */
  | 'handler'
  /** The dossier of the organisation concerned was named when the complaint was taken in charge. */
  | 'dossier_named';

/**
 * A complaint's state machine (docs/domain/complaints-and-appeals.md#complaint-lifecycle): the CB's
 * administrator takes a received complaint in charge (naming its handler) or dismisses it; the
 * handler acts on the dossier concerned while investigating (a complementary audit, a suspension:
 * the dossier lifecycle decides who may) and closes it with an outcome and a reasoned answer.
 * Anything else is 409 with the status.
 */
export const COMPLAINT_TABLE: LifecycleTable<ComplaintStatus, ComplaintAction, ComplaintGuard, Role> = [
  { action: 'acknowledge', from: ['received'], to: 'investigating', by: ['cb_admin'] },
  { action: 'dismiss', from: ['received'], to: 'dismissed', by: ['cb_admin'] },
  {
    action: 'act',
    from: ['investigating'],
    to: 'same',
    by: ['cb_admin', 'analyst', 'decision_maker'],
    guards: ['handler', 'dossier_named'],
  },
  {
    action: 'answer',
    from: ['investigating'],
    to: 'closed',
    by: ['cb_admin', 'analyst', 'decision_maker'],
    guards: ['handler'],
  },
];
