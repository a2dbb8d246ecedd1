import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { requirePartner } from '../../common/access';
import { toSubscriptionResponse } from '../subscription.mapper';
import { SubscriptionRepository } from '../subscription.repository';

@Injectable()
export class GetSubscription {
  constructor(private readonly subscriptions: SubscriptionRepository) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'partner.subscriptions.get'>,
  ): Promise<RpcResponse<'partner.subscriptions.get'>> {
    const subscription = await this.subscriptions.findOwn(requirePartner(principal), request.subscriptionId);
    if (!subscription) throw DomainError.notFound(`subscription ${request.subscriptionId}`);
    return toSubscriptionResponse(subscription);
  }
}
