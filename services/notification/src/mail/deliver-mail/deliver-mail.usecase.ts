import { Inject, Injectable, Logger } from '@nestjs/common';
import { Metrics, SERVICE_CONFIG } from '@certhub/platform';
import type { Counter } from 'prom-client';
import { MailAttachmentFiles } from '../../attachments/mail-attachment-files';
import type { NotificationConfig } from '../../config';
import { describeFailure, isTemporaryFailure, retryDelayMs } from '../delivery-policy';
import { MailLogRepository, type ClaimedMail } from '../mail-log.repository';
import { RecordUndeliveredMail } from '../record-undelivered-mail/record-undelivered-mail.usecase';
import { SmtpMailer } from '../smtp-mailer';

/**
 * One Message-ID per mail, whatever the attempt: when a replica dies between the SMTP send and
 * recording it, the retry sends the same message again, and receiving servers drop the copy.
 */
export function messageIdFor(mailId: string, from: string): string {
  const domain = /@([^>\s]+)/.exec(from)?.[1] ?? 'certhub.invalid';
  return `<${mailId}@${domain}>`;
}

/**
 * One attempt at the next due mail: sent, retried later with backoff (temporary failure), or
 * closed as failed (permanent failure, or attempts exhausted) with an inbox notice to its recipient.
 */
@Injectable()
export class DeliverMail {
  private readonly logger = new Logger(DeliverMail.name);
  private readonly sent: Counter<'outcome'>;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: NotificationConfig,
    private readonly log: MailLogRepository,
    private readonly mailer: SmtpMailer,
    private readonly undelivered: RecordUndeliveredMail,
    private readonly files: MailAttachmentFiles,
    metrics: Metrics,
  ) {
    this.sent = metrics.counter('certhub_mail_sent_total', 'Mails closed by outcome (sent, failed)', [
      'outcome',
    ]);
  }

  /** False when no mail was due. */
  async deliverNext(): Promise<boolean> {
    const mail = await this.log.claimDue(new Date(), this.config.MAIL_LEASE_MS);
    if (!mail) return false;
    try {
      const { attachments, text, html } = await this.files.join(mail);
      const { messageId } = await this.mailer.send({
        to: mail.recipient,
        subject: mail.subject,
        text,
        html,
        ...(attachments.length ? { attachments } : {}),
        headers: { 'X-Certhub-Event-Id': mail.eventId, 'X-Certhub-Template': mail.template },
        messageId: messageIdFor(mail._id, this.config.MAIL_FROM),
      });
      await this.log.markSent(mail, messageId);
      this.sent.inc({ outcome: 'sent' });
    } catch (error) {
      await this.failed(mail, error);
    }
    return true;
  }

  private async failed(mail: ClaimedMail, error: unknown): Promise<void> {
    const reason = describeFailure(error);
    if (isTemporaryFailure(error) && mail.attempts < this.config.MAIL_MAX_ATTEMPTS) {
      const delay = retryDelayMs(
        mail.attempts,
        this.config.MAIL_RETRY_BASE_MS,
        this.config.MAIL_RETRY_MAX_MS,
      );
      this.logger.warn(`mail ${mail._id} attempt ${mail.attempts} failed, retry in ${delay} ms: ${reason}`);
      await this.log.scheduleRetry(mail, new Date(Date.now() + delay), reason);
      return;
    }
    this.logger.error(`mail ${mail._id} failed for good after ${mail.attempts} attempt(s): ${reason}`);
    if (await this.log.markFailed(mail, reason)) {
      this.sent.inc({ outcome: 'failed' });
      await this.undelivered.execute(mail);
    }
  }
}
