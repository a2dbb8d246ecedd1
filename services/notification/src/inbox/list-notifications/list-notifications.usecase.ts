import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import type { SortOrder } from 'mongoose';
import { toInboxEntryResponse } from '../inbox-entry.mapper';
import { InboxEntryRepository } from '../inbox-entry.repository';

const SORTABLE = ['createdAt', 'title', 'category', 'read'] as const;

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
      { sort: toSort(query.sort ?? '-createdAt'), skip: (page - 1) * pageSize, limit: pageSize },
    );
    return { items: items.map(toInboxEntryResponse), page, pageSize, total };
  }
}

/** `field` or `-field` on an allowed field, `_id` last so pages never overlap on ties. */
function toSort(sort: string): Record<string, SortOrder> {
  const field = sort.replace(/^-/, '');
  if (!(SORTABLE as readonly string[]).includes(field))
    throw new DomainError('validation_failed', `sort must be one of ${SORTABLE.join(', ')}`, [
      { field: 'sort', message: `unknown sort field ${field}` },
    ]);
  return { [field]: sort.startsWith('-') ? -1 : 1, _id: 1 };
}
