import { Injectable } from '@nestjs/common';
import { DomainError } from '@certhub/platform';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { ManagedPartner } from '../../partners/managed-partner';
import { PartnerOperation } from '../../partners/partner-operation';
import { AttemptRepository } from '../attempt.repository';
import { toDeliveryMessage, toDeliveryResponse } from '../delivery.mapper';
import { DeliveryRepository } from '../delivery.repository';
import { DeliveryStream } from '../delivery-stream';

/**
 * Sends a delivered or dead-lettered webhook again, under the same delivery id (receivers that
 * de-duplicate on `webhook-id` may have to forget it first): a new round in the log, and a new
 * message at the end of the queue, which goes ahead of later events of its lane still queued.
 * Stream subscribers re-read their feed with Last-Event-ID instead.
 */
@Injectable()
export class RedeliverDelivery extends PartnerOperation<
  RpcPayload<'partner.deliveries.redeliver'>,
  RpcResponse<'partner.deliveries.redeliver'>
> {
  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly attempts: AttemptRepository,
    private readonly stream: DeliveryStream,
    managed: ManagedPartner,
  ) {
    super(managed);
  }

  protected async run(partnerId: string, request: RpcPayload<'partner.deliveries.redeliver'>) {
    const found = await this.deliveries.getOwn(partnerId, request.deliveryId);
    if (found.kind === 'stream')
      throw DomainError.conflict('stream deliveries are read again from the feed with Last-Event-ID');
    const requeued = await this.deliveries.requeue(partnerId, request.deliveryId, new Date());
    if (!requeued) throw DomainError.conflict(`delivery ${request.deliveryId} is still pending`);
    try {
      await this.stream.publish([toDeliveryMessage(requeued)]);
    } catch (error) {
      await this.deliveries.restore(found);
      throw error;
    }
    const attempts = await this.attempts.latest(partnerId, [requeued._id]);
    return toDeliveryResponse(requeued, attempts.get(requeued._id));
  }
}
