import { Controller, Get, Query } from '@nestjs/common';
import type { Principal, RpcResponse } from '@certhub/contracts';
import { RpcClient } from '@certhub/platform';
import { CurrentPrincipal } from '../auth/auth.decorators';

@Controller('api/v1/analytics')
export class AnalyticsController {
  constructor(private readonly rpc: RpcClient) {}

  /** Events seen per type, for the caller's tenant (platform staff see every tenant). */
  @Get('event-counts')
  eventCounts(
    @CurrentPrincipal() principal: Principal,
    @Query('type') type?: string | string[],
  ): Promise<RpcResponse<'analytics.event-counts'>> {
    const types = type === undefined ? undefined : Array.isArray(type) ? type : [type];
    return this.rpc.call('analytics.event-counts', types ? { types } : {}, { principal });
  }
}
