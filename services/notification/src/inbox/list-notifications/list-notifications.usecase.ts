import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { mongoSort } from '@certhub/platform';
import { toInboxEntryResponse } from '../inbox-entry.mapper';
import { InboxEntryRepository } from '../inbox-entry.repository';

/**
 * The inbox (docs/domain/notifications.md#inbox): the caller's own entries, filtered by category, title,
 * content, read.
 */
@Injectable()
export class ListNotifications {
  constructor(private readonly inbox: InboxEntryRepository) {}

  async execute(
    principal: Principal,
    query: RpcPayload<'notification.inbox.list'>,
  ): Promise<RpcResponse<'notification.inbox.list'>> {
    const { page, pageSize } = query;
    const { items, total } = await this.inbox.list(
      principal.tenantId,
      principal.userId,
      { category: query.category, title: query.title, content: query.content, read: query.read },
      { sort: mongoSort(query.sort, '-createdAt'), skip: (page - 1) * pageSize, limit: pageSize },
    );
    return { items: items.map(toInboxEntryResponse), page, pageSize, total };
  }
}
