import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { InboxEntryRepository } from '../inbox-entry.repository';
import { CountUnread } from '../count-unread/count-unread.usecase';

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

  async execute(
    principal: Principal,
    request: RpcPayload<'notification.inbox.mark-read'>,
  ): Promise<RpcResponse<'notification.inbox.mark-read'>> {
    const updated = await this.inbox.markRead(principal.tenantId, principal.userId, request.ids ?? 'all');
    const { unread } = await this.countUnread.execute(principal);
    return { updated, unread };
  }
}
