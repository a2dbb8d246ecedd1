import { Injectable } from '@nestjs/common';
import { mongoSort, toPage } from '@certhub/platform';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { ManagedPartner } from '../../partners/managed-partner';
import { PartnerOperation } from '../../partners/partner-operation';
import { toSubscriptionResponse } from '../subscription.mapper';
import { SubscriptionRepository } from '../subscription.repository';

@Injectable()
export class ListSubscriptions extends PartnerOperation<
  RpcPayload<'partner.subscriptions.list'>,
  RpcResponse<'partner.subscriptions.list'>
> {
  constructor(
    private readonly subscriptions: SubscriptionRepository,
    managed: ManagedPartner,
  ) {
    super(managed);
  }

  protected async run(partnerId: string, query: RpcPayload<'partner.subscriptions.list'>) {
    const sort = mongoSort(query.sort, '-createdAt');
    const { items, total } = await this.subscriptions.list(partnerId, query, sort);
    const now = new Date();
    return toPage(
      items.map((s) => toSubscriptionResponse(s, now)),
      total,
      query,
    );
  }
}
