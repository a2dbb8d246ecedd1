import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { tenantScopePlugin } from '@certhub/platform';
import { NOTIFICATION_CATEGORIES, type NotificationCategory } from '../common/category';

/** One notification in one user's inbox, in that user's language (docs/domain/notifications.md#inbox). */
@Schema({ collection: 'inbox', versionKey: false })
export class InboxEntry {
  /** Derived from tenant, user and event: a redelivered event finds its entry instead of adding one. */
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  tenantId!: string;

  @Prop({ required: true })
  userId!: string;

  /** The event id, or the id of the platform notice (e.g. `undelivered:<mail id>`). */
  @Prop({ required: true })
  sourceId!: string;

  @Prop()
  eventType?: string;

  @Prop({ type: String, enum: NOTIFICATION_CATEGORIES, required: true })
  category!: NotificationCategory;

  @Prop({ required: true })
  title!: string;

  @Prop({ required: true })
  content!: string;

  @Prop()
  link?: string;

  @Prop({ required: true, default: false })
  read!: boolean;

  @Prop()
  readAt?: Date;

  @Prop({ required: true })
  createdAt!: Date;
}

export const InboxEntrySchema = SchemaFactory.createForClass(InboxEntry);
// The inbox page: one user's entries, newest first, with or without filters.
InboxEntrySchema.index({ tenantId: 1, userId: 1, createdAt: -1 });
// The bell: unread count per category, the "already read" filter and mark-all-read.
InboxEntrySchema.index({ tenantId: 1, userId: 1, read: 1, category: 1 });
InboxEntrySchema.plugin(tenantScopePlugin);
