import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { requirePartner } from '../../common/access';
import { toSubscriptionResponse } from '../subscription.mapper';
import { SubscriptionRepository } from '../subscription.repository';

@Injectable()
export class GetSubscription {
  constructor(private readonly subscriptions: SubscriptionRepository) {}

  readonly execute: RpcHandler<'partner.subscriptions.get'> = async (principal, request) => {
    const subscription = await this.subscriptions.findOwn(requirePartner(principal), request.subscriptionId);
    if (!subscription) throw DomainError.notFound(`subscription ${request.subscriptionId}`);
    return toSubscriptionResponse(subscription);
  };
}
