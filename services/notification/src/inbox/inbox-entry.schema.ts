import { Prop } from '@nestjs/mongoose';
import { Collection, collectionSchema, Enum, Required, TenantRecord } from '@certhub/platform';
import { NOTIFICATION_CATEGORIES, type NotificationCategory } from '../common/category';

/**
 * One notification in one user's inbox, in that user's language
 * (docs/domain/notifications.md#inbox).
 *
 * `_id` is derived from tenant, user and event: a redelivered event finds its entry instead of
 * adding one.
 */
@Collection('inbox')
export class InboxEntry extends TenantRecord {
  @Required() userId!: string;

  /** The event id, or the id of the platform notice (e.g. `undelivered:<mail id>`). */
  @Required() sourceId!: string;
  @Prop() eventType?: string;
  @Enum(NOTIFICATION_CATEGORIES) category!: NotificationCategory;
  @Required() title!: string;
  @Required() content!: string;
  @Prop() link?: string;
  @Required({ default: false }) read!: boolean;
  @Prop() readAt?: Date;
  @Required() createdAt!: Date;
}

export const InboxEntrySchema = collectionSchema(InboxEntry, {
  tenantScoped: true,
  indexes: [
    // The inbox page: one user's entries, newest first, with or without filters.
    { tenantId: 1, userId: 1, createdAt: -1 },
    // The bell: unread count per category, the "already read" filter and mark-all-read.
    { tenantId: 1, userId: 1, read: 1, category: 1 },
  ],
});
