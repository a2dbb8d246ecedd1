import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { EventReceiptRepository } from '../event-receipt.repository';

/** Events seen per type: a tenant's own, or every tenant's for platform staff. */
@Injectable()
export class CountEvents {
  constructor(private readonly receipts: EventReceiptRepository) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'analytics.event-counts'>,
  ): Promise<RpcResponse<'analytics.event-counts'>> {
    const scope = principal.tenantType === 'platform' ? 'all' : principal.tenantId;
    return { counts: await this.receipts.countsFor(scope, request.types) };
  }
}
