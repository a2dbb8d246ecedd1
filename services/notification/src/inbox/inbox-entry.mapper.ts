import type { RpcResponse } from '@certhub/contracts';
import type { InboxEntry } from './inbox-entry.schema';

type InboxEntryResponse = RpcResponse<'notification.inbox.list'>['items'][number];

export function toInboxEntryResponse(entry: InboxEntry): InboxEntryResponse {
  return {
    id: entry._id,
    category: entry.category,
    ...(entry.eventType ? { eventType: entry.eventType } : {}),
    title: entry.title,
    content: entry.content,
    ...(entry.link ? { link: entry.link } : {}),
    read: entry.read,
    ...(entry.readAt ? { readAt: entry.readAt.toISOString() } : {}),
    createdAt: entry.createdAt.toISOString(),
  };
}
