import { Injectable } from '@nestjs/common';
import type { CloudEvent } from '@certhub/contracts';
import { ConsumesEvents } from '@certhub/platform';
import { NotifyEvent } from './notify-event/notify-event.usecase';

/**
 * Every event of the stream (one filter, `evt.>`: nats-server 2.9 takes a single one), in order,
 * shared by the service's replicas. Each is acknowledged once its inbox entries and mails are stored;
 * the mails themselves leave later, from the queue.
 */
@Injectable()
export class NotificationEventsConsumer {
  constructor(private readonly notifyEvent: NotifyEvent) {}

  @ConsumesEvents({ durable: 'notification', filter: 'evt.>' })
  handle(event: CloudEvent): Promise<void> {
    return this.notifyEvent.execute(event);
  }
}
