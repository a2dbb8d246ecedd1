import { Controller, Get, Post } from '@nestjs/common';
import type { RpcResponse } from '@certhub/contracts';
import { RpcClient } from '@certhub/platform';
import { Endpoint, Input, type EndpointInput } from '../http/endpoint';
import { forward } from '../http/forward';

/** A partner client's delivery log and redelivery on demand. */
@Controller('api/v1/partners/me/deliveries')
export class PartnerDeliveriesController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Endpoint({
    rpc: 'partner.deliveries.list',
    tag: 'partner API',
    roles: ['partner'],
    summary: 'Your delivery log, newest first: status, attempts, last answer, dead letters',
  })
  list(
    @Input() input: EndpointInput<'partner.deliveries.list'>,
  ): Promise<RpcResponse<'partner.deliveries.list'>> {
    return forward(this.rpc, 'partner.deliveries.list', input);
  }

  @Post(':deliveryId/redeliver')
  @Endpoint({
    rpc: 'partner.deliveries.redeliver',
    tag: 'partner API',
    roles: ['partner'],
    summary: 'Send a delivered or dead-lettered webhook again, under the same delivery id',
  })
  redeliver(
    @Input() input: EndpointInput<'partner.deliveries.redeliver'>,
  ): Promise<RpcResponse<'partner.deliveries.redeliver'>> {
    return forward(this.rpc, 'partner.deliveries.redeliver', input);
  }
}
