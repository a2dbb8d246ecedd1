import { Injectable } from '@nestjs/common';
import { requirePartner } from '../../common/access';
import { mongoSort, type RpcHandler } from '@certhub/platform';
import { pageOf } from '../../common/paging';
import { toSubscriptionResponse } from '../subscription.mapper';
import { SubscriptionRepository } from '../subscription.repository';

@Injectable()
export class ListSubscriptions {
  constructor(private readonly subscriptions: SubscriptionRepository) {}

  readonly execute: RpcHandler<'partner.subscriptions.list'> = async (principal, query) => {
    const partnerId = requirePartner(principal);
    const sort = mongoSort(query.sort, '-createdAt');
    const { items, total } = await this.subscriptions.list(partnerId, query, sort);
    const now = new Date();
    return pageOf(
      items.map((s) => toSubscriptionResponse(s, now)),
      total,
      query,
    );
  };
}
