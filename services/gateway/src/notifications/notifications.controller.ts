import { Controller, Get, Post, Put } from '@nestjs/common';
import type { RpcResponse } from '@certhub/contracts';
import { RpcClient } from '@certhub/platform';
import { Endpoint, Input, type EndpointInput } from '../http/endpoint';
import { forward } from '../http/forward';

/**
 * The caller's own inbox and notification preferences (docs/domain/notifications.md#inbox). Every signed-in
 * user has them, whatever his role; the notification service reads the user from the principal only.
 */
@Controller('api/v1/notifications')
export class NotificationsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Endpoint({
    rpc: 'notification.inbox.list',
    tag: 'notifications',
    summary: 'Your notifications, newest first; filter by category, title, content, read or not',
  })
  list(
    @Input() input: EndpointInput<'notification.inbox.list'>,
  ): Promise<RpcResponse<'notification.inbox.list'>> {
    return forward(this.rpc, 'notification.inbox.list', input);
  }

  @Get('unread-count')
  @Endpoint({
    rpc: 'notification.inbox.unread-count',
    tag: 'notifications',
    summary: 'How many of your notifications are unread, in total and per category (the bell)',
  })
  unreadCount(
    @Input() input: EndpointInput<'notification.inbox.unread-count'>,
  ): Promise<RpcResponse<'notification.inbox.unread-count'>> {
    return forward(this.rpc, 'notification.inbox.unread-count', input);
  }

  @Post('read')
  @Endpoint({
    rpc: 'notification.inbox.mark-read',
    tag: 'notifications',
    summary: 'Mark notifications as read: some (`ids`) or all of them (`all: true`)',
  })
  markRead(
    @Input() input: EndpointInput<'notification.inbox.mark-read'>,
  ): Promise<RpcResponse<'notification.inbox.mark-read'>> {
    return forward(this.rpc, 'notification.inbox.mark-read', input);
  }

  @Get('preferences')
  @Endpoint({
    rpc: 'notification.preferences.get',
    tag: 'notifications',
    summary: 'Which notifications you receive; mandatory ones are always on',
  })
  preferences(
    @Input() input: EndpointInput<'notification.preferences.get'>,
  ): Promise<RpcResponse<'notification.preferences.get'>> {
    return forward(this.rpc, 'notification.preferences.get', input);
  }

  @Put('preferences')
  @Endpoint({
    rpc: 'notification.preferences.update',
    tag: 'notifications',
    summary:
      'Turn optional notifications on or off, by category or event type (mail and inbox alike); turning off a mandatory one answers 422',
  })
  updatePreferences(
    @Input() input: EndpointInput<'notification.preferences.update'>,
  ): Promise<RpcResponse<'notification.preferences.update'>> {
    return forward(this.rpc, 'notification.preferences.update', input);
  }
}
