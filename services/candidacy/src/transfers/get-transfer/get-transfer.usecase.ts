import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { TransferLifecycle } from '../transfer-lifecycle';
import { toTransferResponse } from '../transfer.mapper';

@Injectable()
export class GetTransfer {
  constructor(private readonly transfers: TransferLifecycle) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'candidacy.transfers.get'>,
  ): Promise<RpcResponse<'candidacy.transfers.get'>> {
    return toTransferResponse(await this.transfers.load(principal, request.transferId));
  }
}
