import { Injectable } from '@nestjs/common';
import { TransferLifecycle } from '../transfer-lifecycle';
import { toTransferResponse } from '../transfer.mapper';
import { type RpcHandler } from '@certhub/platform';

@Injectable()
export class GetTransfer {
  constructor(private readonly transfers: TransferLifecycle) {}

  readonly execute: RpcHandler<'candidacy.transfers.get'> = async (principal, request) => {
    return toTransferResponse(await this.transfers.load(principal, request.transferId));
  };
}
