import type { TransferStatus } from '../candidacy/transfer.schemas';
import type { Role } from '../roles';
import { CERTIFIER_DECIDERS } from './candidacy.table';
import type { LifecycleTable } from './lifecycle-table';

export const TRANSFER_ACTIONS = ['accept', 'refuse'] as const;
export type TransferAction = (typeof TRANSFER_ACTIONS)[number];

/** Only the candidate's certifier decides, once. */
export const TRANSFER_TABLE: LifecycleTable<TransferStatus, TransferAction, never, Role> = [
  { action: 'accept', from: ['pending'], to: 'accepted', by: CERTIFIER_DECIDERS },
  { action: 'refuse', from: ['pending'], to: 'refused', by: CERTIFIER_DECIDERS },
];
