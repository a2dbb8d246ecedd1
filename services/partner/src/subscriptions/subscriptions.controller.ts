import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { requirePrincipal } from '../common/access';
import { CreateSubscription } from './create-subscription/create-subscription.usecase';
import { DeleteSubscription } from './delete-subscription/delete-subscription.usecase';
import { GetSubscription } from './get-subscription/get-subscription.usecase';
import { ListSubscriptions } from './list-subscriptions/list-subscriptions.usecase';
import { RotateSubscriptionSecret } from './rotate-subscription-secret/rotate-subscription-secret.usecase';

@Controller()
export class SubscriptionsController {
  constructor(
    private readonly createSubscription: CreateSubscription,
    private readonly listSubscriptions: ListSubscriptions,
    private readonly getSubscription: GetSubscription,
    private readonly deleteSubscription: DeleteSubscription,
    private readonly rotateSecret: RotateSubscriptionSecret,
  ) {}

  @MessagePattern('partner.subscriptions.create')
  create(
    @Payload() request: RpcPayload<'partner.subscriptions.create'>,
  ): Promise<RpcResponse<'partner.subscriptions.create'>> {
    return this.createSubscription.execute(requirePrincipal(), request);
  }

  @MessagePattern('partner.subscriptions.list')
  list(
    @Payload() query: RpcPayload<'partner.subscriptions.list'>,
  ): Promise<RpcResponse<'partner.subscriptions.list'>> {
    return this.listSubscriptions.execute(requirePrincipal(), query);
  }

  @MessagePattern('partner.subscriptions.get')
  get(
    @Payload() request: RpcPayload<'partner.subscriptions.get'>,
  ): Promise<RpcResponse<'partner.subscriptions.get'>> {
    return this.getSubscription.execute(requirePrincipal(), request);
  }

  @MessagePattern('partner.subscriptions.delete')
  delete(
    @Payload() request: RpcPayload<'partner.subscriptions.delete'>,
  ): Promise<RpcResponse<'partner.subscriptions.delete'>> {
    return this.deleteSubscription.execute(requirePrincipal(), request);
  }

  @MessagePattern('partner.subscriptions.rotate-secret')
  rotate(
    @Payload() request: RpcPayload<'partner.subscriptions.rotate-secret'>,
  ): Promise<RpcResponse<'partner.subscriptions.rotate-secret'>> {
    return this.rotateSecret.execute(requirePrincipal(), request);
  }
}
