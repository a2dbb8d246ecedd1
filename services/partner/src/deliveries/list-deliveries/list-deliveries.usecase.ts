import { Injectable } from '@nestjs/common';
import { requirePartner } from '../../common/access';
import { mongoSort, toPage, type RpcHandler } from '@certhub/platform';
import type { RpcPayload } from '@certhub/contracts';
import { ManagedPartner } from '../../partners/managed-partner';
import { AttemptRepository } from '../attempt.repository';
import { toDeliveryResponse } from '../delivery.mapper';
import { DeliveryRepository } from '../delivery.repository';

/** The partner's delivery log: every event queued for its subscriptions, newest first. */
@Injectable()
export class ListDeliveries {
  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly attempts: AttemptRepository,
    private readonly managed: ManagedPartner,
  ) {}

  readonly execute: RpcHandler<'partner.deliveries.list'> = (principal, query) =>
    this.list(requirePartner(principal), query);

  readonly forAdmin: RpcHandler<'partner.clients.deliveries.list'> = async (principal, query) =>
    this.list(await this.managed.idOf(principal, query.partnerId), query);

  private async list(partnerId: string, query: RpcPayload<'partner.deliveries.list'>) {
    const sort = mongoSort(query.sort, '-createdAt');
    const { items, total } = await this.deliveries.list(partnerId, query, sort['createdAt'] === 1 ? 1 : -1);
    const attempts = await this.attempts.latest(
      partnerId,
      items.map((d) => d._id),
    );
    return toPage(
      items.map((d) => toDeliveryResponse(d, attempts.get(d._id))),
      total,
      query,
    );
  }
}
