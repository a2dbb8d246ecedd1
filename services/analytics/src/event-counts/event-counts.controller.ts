import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { requirePrincipal } from '../common/access';
import { EventReceiptRepository } from './event-receipt.repository';

/** Events seen per type: a tenant's own, or every tenant's for platform staff. */
@Controller()
export class EventCountsController {
  constructor(private readonly receipts: EventReceiptRepository) {}

  @MessagePattern('analytics.event-counts')
  async eventCounts(
    @Payload() request: RpcPayload<'analytics.event-counts'>,
  ): Promise<RpcResponse<'analytics.event-counts'>> {
    const principal = requirePrincipal();
    const scope = principal.tenantType === 'platform' ? 'all' : principal.tenantId;
    return { counts: await this.receipts.countsFor(scope, request.types) };
  }
}
