import { Injectable } from '@nestjs/common';
import { InboxEntryRepository } from '../inbox-entry.repository';
import { CountUnread } from '../count-unread/count-unread.usecase';
import { type RpcHandler } from '@certhub/platform';

/**
 * Opening an entry, ticking a selection, or "mark all as read" (docs/domain/notifications.md#inbox). Ids of
 * another user's entries match nothing (the update is scoped to the caller), so they are silently not
 * counted.
 */
@Injectable()
export class MarkNotificationsRead {
  constructor(
    private readonly inbox: InboxEntryRepository,
    private readonly countUnread: CountUnread,
  ) {}

  readonly execute: RpcHandler<'notification.inbox.mark-read'> = async (principal, request) => {
    const updated = await this.inbox.markRead(principal.tenantId, principal.userId, request.ids ?? 'all');
    const { unread } = await this.countUnread.execute(principal, {});
    return { updated, unread };
  };
}
