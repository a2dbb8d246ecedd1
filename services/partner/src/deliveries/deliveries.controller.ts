import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { requirePrincipal } from '../common/access';
import { ListDeliveries } from './list-deliveries/list-deliveries.usecase';
import { RedeliverDelivery } from './redeliver-delivery/redeliver-delivery.usecase';

@Controller()
export class DeliveriesController {
  constructor(
    private readonly listDeliveries: ListDeliveries,
    private readonly redeliverDelivery: RedeliverDelivery,
  ) {}

  @MessagePattern('partner.deliveries.list')
  list(
    @Payload() query: RpcPayload<'partner.deliveries.list'>,
  ): Promise<RpcResponse<'partner.deliveries.list'>> {
    return this.listDeliveries.execute(requirePrincipal(), query);
  }

  @MessagePattern('partner.deliveries.redeliver')
  redeliver(
    @Payload() request: RpcPayload<'partner.deliveries.redeliver'>,
  ): Promise<RpcResponse<'partner.deliveries.redeliver'>> {
    return this.redeliverDelivery.execute(requirePrincipal(), request);
  }
}
