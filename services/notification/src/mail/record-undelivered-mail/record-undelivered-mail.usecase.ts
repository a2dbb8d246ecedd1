import { Injectable } from '@nestjs/common';
import { InboxEntryRepository } from '../../inbox/inbox-entry.repository';
import { NotificationTemplates } from '../../templates/notification-templates';
import type { MailLogEntry } from '../mail-log.schema';

/**
 * "Plis non distribués" (docs/domain/notifications.md#undelivered-mail): a mail that could not be delivered
 * for good leaves a notice in its recipient's inbox, in his language, with the link the mail carried.
 */
@Injectable()
export class RecordUndeliveredMail {
  constructor(
    private readonly inbox: InboxEntryRepository,
    private readonly templates: NotificationTemplates,
  ) {}

  async execute(mail: MailLogEntry): Promise<void> {
    const notice = this.templates.headline('undelivered_mail', {
      lang: mail.language,
      data: { subject: mail.subject, email: mail.recipient, attempts: mail.attempts },
    });
    await this.inbox.add({
      tenantId: mail.tenantId,
      userId: mail.recipientUserId,
      sourceId: `undelivered:${mail._id}`,
      category: 'undelivered_mail',
      title: notice.subject,
      content: notice.summary,
      ...(mail.link ? { link: mail.link } : {}),
    });
  }
}
