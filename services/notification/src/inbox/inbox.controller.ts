import { handle, rpcHandlers } from '@certhub/platform';
import { CountUnread } from './count-unread/count-unread.usecase';
import { ListNotifications } from './list-notifications/list-notifications.usecase';
import { MarkNotificationsRead } from './mark-notifications-read/mark-notifications-read.usecase';

/** The caller's own inbox: every use case reads the user from the principal only. */
export const InboxController = rpcHandlers(
  handle('notification.inbox.list', ListNotifications),
  handle('notification.inbox.unread-count', CountUnread),
  handle('notification.inbox.mark-read', MarkNotificationsRead),
);
