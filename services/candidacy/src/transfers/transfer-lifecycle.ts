import { Injectable } from '@nestjs/common';
import type { Role, TransferStatus } from '@certhub/contracts';
import { VersionedAggregate, type LifecycleTable } from '@certhub/platform';
import { CERTIFIER_DECIDERS } from '../candidacy/candidacy.table';
import { TransferRepository } from './transfer.repository';
import type { TransferView } from './transfer.schema';

export type TransferAction = 'accept' | 'refuse';

/** Only the candidate's certifier decides, once. */
export const TRANSFER_TABLE: LifecycleTable<TransferStatus, TransferAction, never, Role> = [
  { action: 'accept', from: ['pending'], to: 'accepted', by: CERTIFIER_DECIDERS },
  { action: 'refuse', from: ['pending'], to: 'refused', by: CERTIFIER_DECIDERS },
];

@Injectable()
export class TransferLifecycle extends VersionedAggregate<TransferView, TransferStatus, TransferAction> {
  constructor(transfers: TransferRepository) {
    super({ kind: 'transfer request', table: TRANSFER_TABLE, store: transfers });
  }
}
