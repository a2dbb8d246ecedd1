import { Injectable, Logger } from '@nestjs/common';
import { SYSTEM_PRINCIPAL } from '@certhub/contracts';
import { RpcClient } from '@certhub/platform';
import { ComplaintFollowLink } from './complaint-follow-link';
import type { ComplaintDoc } from './complaint.schema';

type Mailed = Pick<
  ComplaintDoc,
  '_id' | 'tenantId' | 'reference' | 'subject' | 'complainant' | 'locale' | 'acknowledgeBy' | 'lodgedBy'
>;

/**
 * The mails to whoever lodged a complaint, who may have no account: the acknowledgement with the
 * private follow link, then the answer (or the reason of a dismissal); the same notices reach the
 * inbox of a complainant who lodged signed in. Written by the notification service from its
 * templates; the complainant's address and account never leave this service otherwise (events do not
 * carry them). A mail that cannot be queued is logged, never a reason to refuse the step: the case
 * stays readable through the link and the CB's register.
 */
@Injectable()
export class ComplainantMails {
  private readonly logger = new Logger(ComplainantMails.name);

  constructor(
    private readonly rpc: RpcClient,
    private readonly link: ComplaintFollowLink,
  ) {}

  received(complaint: Mailed, cbName: string): Promise<void> {
    return this.send(complaint, 'complaint_received', {
      cbName,
      acknowledgeBy: complaint.acknowledgeBy,
    });
  }

  answered(complaint: Mailed, cbName: string, answer: string): Promise<void> {
    return this.send(complaint, 'complaint_answered', { cbName, answer });
  }

  private async send(
    complaint: Mailed,
    template: 'complaint_received' | 'complaint_answered',
    data: Record<string, string>,
  ): Promise<void> {
    try {
      await this.rpc.call(
        'notification.mails.send',
        {
          tenantId: complaint.tenantId,
          key: `${template}:${complaint._id}`,
          to: complaint.complainant.email,
          locale: complaint.locale,
          template,
          link: this.link.url(complaint),
          data: {
            ...data,
            name: complaint.complainant.name,
            reference: complaint.reference,
            subject: complaint.subject,
          },
          ...(complaint.lodgedBy
            ? { inbox: { tenantId: complaint.lodgedBy.tenantId, userId: complaint.lodgedBy.userId } }
            : {}),
        },
        { principal: SYSTEM_PRINCIPAL },
      );
    } catch (error) {
      this.logger.warn(`${template} mail of complaint ${complaint.reference} not queued: ${String(error)}`);
    }
  }
}
