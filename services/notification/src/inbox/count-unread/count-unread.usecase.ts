import { Injectable } from '@nestjs/common';
import type { Principal, RpcResponse } from '@certhub/contracts';
import { InboxEntryRepository } from '../inbox-entry.repository';

/** The bell: unread entries of the caller, in total and per category. */
@Injectable()
export class CountUnread {
  constructor(private readonly inbox: InboxEntryRepository) {}

  async execute(principal: Principal): Promise<RpcResponse<'notification.inbox.unread-count'>> {
    const byCategory = await this.inbox.countUnread(principal.tenantId, principal.userId);
    return {
      unread: [...byCategory.values()].reduce((sum, count) => sum + count, 0),
      byCategory: Object.fromEntries(byCategory),
    };
  }
}
