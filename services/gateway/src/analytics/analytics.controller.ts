import { Controller, Get } from '@nestjs/common';
import type { RpcResponse } from '@certhub/contracts';
import { RpcClient } from '@certhub/platform';
import { Endpoint, Input, type EndpointInput } from '../http/endpoint';
import { forward } from '../http/forward';

@Controller('api/v1/analytics')
export class AnalyticsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('event-counts')
  @Endpoint({
    rpc: 'analytics.event-counts',
    tag: 'analytics',
    summary: 'Events seen per type for your tenant (platform staff: every tenant)',
  })
  eventCounts(
    @Input() input: EndpointInput<'analytics.event-counts'>,
  ): Promise<RpcResponse<'analytics.event-counts'>> {
    return forward(this.rpc, 'analytics.event-counts', input);
  }
}
