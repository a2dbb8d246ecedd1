import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { SERVICE_CONFIG } from '@certhub/platform';
import type { NotificationConfig } from '../config';
import { DeliverMail } from './deliver-mail/deliver-mail.usecase';

/**
 * Drains the mail queue (the pending entries of the sent-mail log): delivers due mails one after
 * the other, then waits for the next poll or a nudge from whoever queued new mails. Sending apart
 * from event handling keeps a slow or absent SMTP server from holding the event stream up.
 */
@Injectable()
export class MailDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailDispatcher.name);
  private stopped = false;
  private running?: Promise<void>;
  private wake?: () => void;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: NotificationConfig,
    private readonly deliver: DeliverMail,
  ) {}

  onApplicationBootstrap(): void {
    this.running = this.loop();
  }

  /** New mails are queued: look now instead of at the next poll. */
  nudge(): void {
    this.wake?.();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    // The mail in hand is finished; the rest waits in the queue for the next start or replica.
    await this.running;
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      let delivered = false;
      try {
        delivered = await this.deliver.deliverNext();
      } catch (error) {
        // The database is away: the queue is intact, try again at the next poll.
        this.logger.warn(`mail dispatch pass failed: ${String(error)}`);
      }
      if (!delivered && !this.stopped) await this.pause();
    }
  }

  private pause(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, this.config.MAIL_POLL_INTERVAL_MS);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
