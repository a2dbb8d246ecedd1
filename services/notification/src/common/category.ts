import { RpcCatalog } from '@certhub/contracts';
import type { z } from 'zod';

/** The inbox categories of the notification contracts (libs/contracts exports them through the RPC map). */
export const NotificationCategorySchema =
  RpcCatalog['notification.inbox.list'].request.shape.category.unwrap();
export type NotificationCategory = z.infer<typeof NotificationCategorySchema>;
export const NOTIFICATION_CATEGORIES = NotificationCategorySchema.options;
