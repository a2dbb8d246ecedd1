import { Controller, Delete, Get, Post } from '@nestjs/common';
import type { RpcResponse } from '@certhub/contracts';
import { RpcClient } from '@certhub/platform';
import { Endpoint, Input, type EndpointInput } from '../http/endpoint';
import { forward } from '../http/forward';

/** A partner client's own event subscriptions (webhook or stream). */
@Controller('api/v1/partners/me/subscriptions')
export class PartnerSubscriptionsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Endpoint({
    rpc: 'partner.subscriptions.create',
    tag: 'partner API',
    status: 201,
    roles: ['partner'],
    summary:
      'Subscribe to event types within your scope, by signed webhook or on your event stream; a webhook subscription answers its signing secret once',
  })
  create(
    @Input() input: EndpointInput<'partner.subscriptions.create'>,
  ): Promise<RpcResponse<'partner.subscriptions.create'>> {
    return forward(this.rpc, 'partner.subscriptions.create', input);
  }

  @Get()
  @Endpoint({
    rpc: 'partner.subscriptions.list',
    tag: 'partner API',
    roles: ['partner'],
    summary: 'Your subscriptions',
  })
  list(
    @Input() input: EndpointInput<'partner.subscriptions.list'>,
  ): Promise<RpcResponse<'partner.subscriptions.list'>> {
    return forward(this.rpc, 'partner.subscriptions.list', input);
  }

  @Get(':subscriptionId')
  @Endpoint({
    rpc: 'partner.subscriptions.get',
    tag: 'partner API',
    roles: ['partner'],
    summary: 'One subscription',
  })
  get(
    @Input() input: EndpointInput<'partner.subscriptions.get'>,
  ): Promise<RpcResponse<'partner.subscriptions.get'>> {
    return forward(this.rpc, 'partner.subscriptions.get', input);
  }

  @Delete(':subscriptionId')
  @Endpoint({
    rpc: 'partner.subscriptions.delete',
    tag: 'partner API',
    roles: ['partner'],
    summary: 'Stop a subscription; deliveries already queued still go out',
  })
  delete(
    @Input() input: EndpointInput<'partner.subscriptions.delete'>,
  ): Promise<RpcResponse<'partner.subscriptions.delete'>> {
    return forward(this.rpc, 'partner.subscriptions.delete', input);
  }

  @Post(':subscriptionId/rotate-secret')
  @Endpoint({
    rpc: 'partner.subscriptions.rotate-secret',
    tag: 'partner API',
    roles: ['partner'],
    summary:
      'A new webhook signing secret, shown once; the previous one keeps signing for overlapSeconds (default one day)',
  })
  rotate(
    @Input() input: EndpointInput<'partner.subscriptions.rotate-secret'>,
  ): Promise<RpcResponse<'partner.subscriptions.rotate-secret'>> {
    return forward(this.rpc, 'partner.subscriptions.rotate-secret', input);
  }
}
