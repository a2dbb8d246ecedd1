import { Injectable } from '@nestjs/common';
import { mongoSort, skipOf, toPage, type RpcHandler } from '@certhub/platform';
import { toInboxEntryResponse } from '../inbox-entry.mapper';
import { InboxEntryRepository } from '../inbox-entry.repository';

/**
 * The inbox (docs/domain/notifications.md#inbox): the caller's own entries, filtered by category, title,
 * content, read.
 */
@Injectable()
export class ListNotifications {
  constructor(private readonly inbox: InboxEntryRepository) {}

  readonly execute: RpcHandler<'notification.inbox.list'> = async (principal, query) => {
    const { items, total } = await this.inbox.list(
      principal.tenantId,
      principal.userId,
      { category: query.category, title: query.title, content: query.content, read: query.read },
      { sort: mongoSort(query.sort, '-createdAt'), skip: skipOf(query), limit: query.pageSize },
    );
    return toPage(items.map(toInboxEntryResponse), total, query);
  };
}
