import { Injectable } from '@nestjs/common';
import { isSystemPrincipal } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { InboxEntryRepository } from '../../inbox/inbox-entry.repository';
import { Brands } from '../../templates/brands';
import { NotificationTemplates } from '../../templates/notification-templates';
import { MailDispatcher } from '../mail-dispatcher';
import { MailLogRepository } from '../mail-log.repository';

/**
 * A mail to someone without an account, asked by another service (the complaints service writes to
 * the person who lodged a complaint): rendered from this service's templates in their language,
 * queued and delivered like every mail; when that person also has an account (he lodged signed in),
 * its inbox gets the notice too. Only the platform itself may ask: the address and the account are
 * the caller's responsibility, not a user's choice.
 */
@Injectable()
export class SendMail {
  constructor(
    private readonly templates: NotificationTemplates,
    private readonly brands: Brands,
    private readonly log: MailLogRepository,
    private readonly dispatcher: MailDispatcher,
    private readonly inbox: InboxEntryRepository,
  ) {}

  readonly execute: RpcHandler<'notification.mails.send'> = async (principal, request) => {
    if (!isSystemPrincipal(principal)) throw DomainError.forbidden('mails to addresses are for the platform');
    const mail = this.templates.render(request.template, {
      lang: request.locale,
      brand: this.brands.for({ cbId: request.tenantId }),
      recipient: { firstName: request.data['name'] ?? '', lastName: '' },
      link: request.link,
      data: request.data,
    });
    const queued = await this.log.enqueue({
      tenantId: request.tenantId,
      // Nobody's inbox: a mail that cannot be delivered leaves its notice with no reader.
      recipientUserId: `external:${request.key}`,
      recipient: request.to,
      eventId: request.key,
      template: request.template,
      language: request.locale,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      link: request.link,
    });
    if (queued) this.dispatcher.nudge();
    // Keyed by the mail's key like the mail itself: asked twice, one entry.
    if (request.inbox)
      await this.inbox.add({
        tenantId: request.inbox.tenantId,
        userId: request.inbox.userId,
        sourceId: request.key,
        category: 'complaint',
        title: mail.subject,
        content: mail.summary,
        link: request.link,
        createdAt: new Date(),
      });
    return { queued };
  };
}
