import { Injectable } from '@nestjs/common';
import { requirePartner } from '../../common/access';
import { mongoSort, toPage, type RpcHandler } from '@certhub/platform';
import type { RpcPayload } from '@certhub/contracts';
import { ManagedPartner } from '../../partners/managed-partner';
import { toSubscriptionResponse } from '../subscription.mapper';
import { SubscriptionRepository } from '../subscription.repository';

@Injectable()
export class ListSubscriptions {
  constructor(
    private readonly subscriptions: SubscriptionRepository,
    private readonly managed: ManagedPartner,
  ) {}

  readonly execute: RpcHandler<'partner.subscriptions.list'> = (principal, query) =>
    this.list(requirePartner(principal), query);

  readonly forAdmin: RpcHandler<'partner.clients.subscriptions.list'> = async (principal, query) =>
    this.list(await this.managed.idOf(principal, query.partnerId), query);

  private async list(partnerId: string, query: RpcPayload<'partner.subscriptions.list'>) {
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
