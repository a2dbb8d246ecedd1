import { Injectable } from '@nestjs/common';
import { EventReceiptRepository } from '../event-receipt.repository';
import { type RpcHandler } from '@certhub/platform';

/** Events seen per type: a tenant's own, or every tenant's for platform staff. */
@Injectable()
export class CountEvents {
  constructor(private readonly receipts: EventReceiptRepository) {}

  readonly execute: RpcHandler<'analytics.event-counts'> = async (principal, request) => {
    const scope = principal.tenantType === 'platform' ? 'all' : principal.tenantId;
    return { counts: await this.receipts.countsFor(scope, request.types) };
  };
}
