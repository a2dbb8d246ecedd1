import { Injectable } from '@nestjs/common';
import type { RpcHandler } from '@certhub/platform';
import { requirePartner } from '../../common/access';
import { toSubscriptionResponse } from '../subscription.mapper';
import { SubscriptionRepository } from '../subscription.repository';

@Injectable()
export class GetSubscription {
  constructor(private readonly subscriptions: SubscriptionRepository) {}

  readonly execute: RpcHandler<'partner.subscriptions.get'> = async (principal, request) => {
    const subscription = await this.subscriptions.getOwn(requirePartner(principal), request.subscriptionId);
    return toSubscriptionResponse(subscription);
  };
}
