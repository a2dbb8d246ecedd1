import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { requireUser } from '../common/principal';
import { CountUnread } from './count-unread/count-unread.usecase';
import { ListNotifications } from './list-notifications/list-notifications.usecase';
import { MarkNotificationsRead } from './mark-notifications-read/mark-notifications-read.usecase';

@Controller()
export class InboxController {
  constructor(
    private readonly listNotifications: ListNotifications,
    private readonly countUnread: CountUnread,
    private readonly markNotificationsRead: MarkNotificationsRead,
  ) {}

  @MessagePattern('notification.inbox.list')
  list(
    @Payload() query: RpcPayload<'notification.inbox.list'>,
  ): Promise<RpcResponse<'notification.inbox.list'>> {
    return this.listNotifications.execute(requireUser(), query);
  }

  @MessagePattern('notification.inbox.unread-count')
  unreadCount(): Promise<RpcResponse<'notification.inbox.unread-count'>> {
    return this.countUnread.execute(requireUser());
  }

  @MessagePattern('notification.inbox.mark-read')
  markRead(
    @Payload() request: RpcPayload<'notification.inbox.mark-read'>,
  ): Promise<RpcResponse<'notification.inbox.mark-read'>> {
    return this.markNotificationsRead.execute(requireUser(), request);
  }
}
