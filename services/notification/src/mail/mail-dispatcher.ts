import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { PeriodicJobs, SERVICE_CONFIG, type PeriodicJobHandle } from '@certhub/platform';
import type { NotificationConfig } from '../config';
import { DeliverMail } from './deliver-mail/deliver-mail.usecase';

/**
 * Drains the mail queue (the pending entries of the sent-mail log): delivers due mails one after
 * the other, then waits for the next poll or a nudge from whoever queued new mails. Sending apart
 * from event handling keeps a slow or absent SMTP server from holding the event stream up. A
 * failed pass (the database away) leaves the queue intact for the next poll.
 */
@Injectable()
export class MailDispatcher implements OnModuleInit {
  private job?: PeriodicJobHandle;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: NotificationConfig,
    private readonly deliver: DeliverMail,
    private readonly jobs: PeriodicJobs,
  ) {}

  onModuleInit(): void {
    this.job = this.jobs.register({
      name: 'mail-dispatch',
      intervalMs: this.config.MAIL_POLL_INTERVAL_MS,
      runAtStart: true,
      run: async ({ signal }) => {
        // On shutdown the mail in hand is finished; the rest waits for the next start or replica.
        let delivered = 0;
        while (!signal.aborted && (await this.deliver.deliverNext())) delivered += 1;
        return delivered;
      },
    });
  }

  /** New mails are queued: look now instead of at the next poll. */
  nudge(): void {
    this.job?.nudge();
  }
}
