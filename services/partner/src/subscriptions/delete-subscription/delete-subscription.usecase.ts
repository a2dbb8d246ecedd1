import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { requirePartner } from '../../common/access';
import { toSubscriptionResponse } from '../subscription.mapper';
import { SubscriptionRepository } from '../subscription.repository';

/**
 * Deactivates rather than removes: the delivery log keeps pointing at it, and deliveries already
 * queued still go out (they were accepted before the deletion).
 */
@Injectable()
export class DeleteSubscription {
  constructor(private readonly subscriptions: SubscriptionRepository) {}

  readonly execute: RpcHandler<'partner.subscriptions.delete'> = async (principal, request) => {
    const subscription = await this.subscriptions.deactivate(
      requirePartner(principal),
      request.subscriptionId,
    );
    if (!subscription) throw DomainError.notFound(`subscription ${request.subscriptionId}`);
    return toSubscriptionResponse(subscription);
  };
}
