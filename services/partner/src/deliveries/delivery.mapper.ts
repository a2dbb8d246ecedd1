import type { RpcResponse } from '@certhub/contracts';
import type { DeliveryAttempt } from './attempt.schema';
import type { Delivery } from './delivery.schema';
import type { DeliveryMessage } from './delivery-stream';

export function toDeliveryResponse(
  delivery: Delivery,
  last: DeliveryAttempt | undefined,
): RpcResponse<'partner.deliveries.redeliver'> {
  return {
    id: delivery._id,
    subscriptionId: delivery.subscriptionId,
    eventId: delivery.eventId,
    eventType: delivery.eventType,
    eventTime: delivery.eventTime.toISOString(),
    status: delivery.status,
    attempts: delivery.attempts,
    ...(delivery.status === 'pending' ? { nextAttemptAt: delivery.nextAttemptAt.toISOString() } : {}),
    ...(last
      ? {
          lastAttempt: {
            at: last.at.toISOString(),
            durationMs: last.durationMs,
            ...(last.statusCode !== undefined ? { statusCode: last.statusCode } : {}),
            ...(last.error ? { error: last.error } : {}),
          },
        }
      : {}),
    ...(delivery.deliveredAt ? { deliveredAt: delivery.deliveredAt.toISOString() } : {}),
    ...(delivery.deadLetteredAt ? { deadLetteredAt: delivery.deadLetteredAt.toISOString() } : {}),
    ...(delivery.feedSeq !== undefined ? { feedSeq: delivery.feedSeq } : {}),
    createdAt: delivery.createdAt.toISOString(),
  };
}

/** The queued message of a logged delivery: everything an attempt needs. */
export const toDeliveryMessage = (delivery: Delivery): DeliveryMessage => ({
  deliveryId: delivery._id,
  partnerId: delivery.tenantId,
  subscriptionId: delivery.subscriptionId,
  kind: delivery.kind,
  lane: delivery.lane,
  seq: delivery.seq,
  round: delivery.round ?? 0,
  queuedAt: delivery.createdAt.toISOString(),
  event: delivery.event,
});

/** The log entry of a queued message, as its first recorded attempt creates it. */
export const toLoggedDelivery = (message: DeliveryMessage): Delivery => ({
  _id: message.deliveryId,
  tenantId: message.partnerId,
  subscriptionId: message.subscriptionId,
  kind: message.kind,
  event: message.event,
  eventId: message.event.id,
  eventType: message.event.type,
  eventTime: new Date(message.event.time),
  seq: message.seq,
  lane: message.lane,
  status: 'pending',
  attempts: 0,
  nextAttemptAt: new Date(message.queuedAt),
  round: message.round,
  createdAt: new Date(message.queuedAt),
});
