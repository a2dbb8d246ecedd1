import type { HabilitationStatus } from '../candidacy/habilitation.schemas';
import type { Role } from '../roles';
import { CERTIFIER_DECIDERS } from './candidacy.table';
import type { LifecycleTable } from './lifecycle-table';

export const HABILITATION_ACTIONS = ['validate', 'reject'] as const;
export type HabilitationAction = (typeof HABILITATION_ACTIONS)[number];

/** Only the certifier asked decides; a decided request is final (a new request renews). */
export const HABILITATION_TABLE: LifecycleTable<HabilitationStatus, HabilitationAction, never, Role> = [
  { action: 'validate', from: ['pending'], to: 'validated', by: CERTIFIER_DECIDERS },
  { action: 'reject', from: ['pending'], to: 'rejected', by: CERTIFIER_DECIDERS },
];
