import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DurableConsumers } from '@certhub/platform';
import { NotifyEvent } from './notify-event/notify-event.usecase';

/**
 * Every event of the stream (one filter, `evt.>`: nats-server 2.9 takes a single one), in order,
 * shared by the service's replicas. Each is acknowledged once its inbox entries and mails are stored;
 * the mails themselves leave later, from the queue.
 */
@Injectable()
export class NotificationEventsConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly consumers: DurableConsumers,
    private readonly notifyEvent: NotifyEvent,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.consumers.start({
      durable: 'notification',
      filter: 'evt.>',
      handle: (event) => this.notifyEvent.execute(event),
    });
  }
}
