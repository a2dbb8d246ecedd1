import { Injectable } from '@nestjs/common';
import { InboxEntryRepository } from '../inbox-entry.repository';
import { type RpcHandler } from '@certhub/platform';

/** The bell: unread entries of the caller, in total and per category. */
@Injectable()
export class CountUnread {
  constructor(private readonly inbox: InboxEntryRepository) {}

  readonly execute: RpcHandler<'notification.inbox.unread-count'> = async (principal) => {
    const byCategory = await this.inbox.countUnread(principal.tenantId, principal.userId);
    return {
      unread: [...byCategory.values()].reduce((sum, count) => sum + count, 0),
      byCategory: Object.fromEntries(byCategory),
    };
  };
}
