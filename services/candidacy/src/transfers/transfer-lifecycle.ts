import { Injectable } from '@nestjs/common';
import { TRANSFER_TABLE, type TransferAction, type TransferStatus } from '@certhub/contracts';
import { VersionedAggregate } from '@certhub/platform';
import { TransferRepository } from './transfer.repository';
import type { TransferView } from './transfer.schema';

@Injectable()
export class TransferLifecycle extends VersionedAggregate<TransferView, TransferStatus, TransferAction> {
  constructor(transfers: TransferRepository) {
    super({ kind: 'transfer request', table: TRANSFER_TABLE, store: transfers });
  }
}
