import { Injectable } from '@nestjs/common';
import { mongoSort, toPage } from '@certhub/platform';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { ManagedPartner } from '../../partners/managed-partner';
import { PartnerOperation } from '../../partners/partner-operation';
import { AttemptRepository } from '../attempt.repository';
import { toDeliveryResponse } from '../delivery.mapper';
import { DeliveryRepository } from '../delivery.repository';

/** The partner's delivery log: every event queued for its subscriptions, newest first. */
@Injectable()
export class ListDeliveries extends PartnerOperation<
  RpcPayload<'partner.deliveries.list'>,
  RpcResponse<'partner.deliveries.list'>
> {
  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly attempts: AttemptRepository,
    managed: ManagedPartner,
  ) {
    super(managed);
  }

  protected async run(partnerId: string, query: RpcPayload<'partner.deliveries.list'>) {
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
