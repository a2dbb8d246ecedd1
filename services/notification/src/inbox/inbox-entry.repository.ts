import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { TenantRepository } from '@certhub/platform';
import { createHash } from 'node:crypto';
import type { FilterQuery, Model, SortOrder } from 'mongoose';
import type { NotificationCategory } from '../common/category';
import { InboxEntry } from './inbox-entry.schema';

export type NewInboxEntry = Omit<InboxEntry, '_id' | 'read' | 'readAt' | 'createdAt'> & { createdAt?: Date };

export interface InboxFilter {
  category?: NotificationCategory;
  title?: string;
  content?: string;
  read?: boolean;
}

export interface InboxPage {
  sort: Record<string, SortOrder>;
  skip: number;
  limit: number;
}

@Injectable()
export class InboxEntryRepository extends TenantRepository<InboxEntry> {
  constructor(@InjectModel(InboxEntry.name) model: Model<InboxEntry>) {
    super(model);
  }

  /** Adds the entry once: a second delivery of the same event for the same user changes nothing. */
  async add(entry: NewInboxEntry): Promise<void> {
    const { tenantId, userId, sourceId } = entry;
    const _id = createHash('sha256')
      .update(`${tenantId}\n${userId}\n${sourceId}`)
      .digest('base64url')
      .slice(0, 24);
    await this.model.updateOne(
      this.scoped(tenantId, { _id }),
      { $setOnInsert: { ...entry, read: false, createdAt: entry.createdAt ?? new Date() } },
      { upsert: true },
    );
  }

  async list(
    tenantId: string,
    userId: string,
    filter: InboxFilter,
    page: InboxPage,
  ): Promise<{ items: InboxEntry[]; total: number }> {
    const query: FilterQuery<InboxEntry> = this.scoped(tenantId, { userId });
    if (filter.category) query.category = filter.category;
    if (filter.read !== undefined) query.read = filter.read;
    if (filter.title) query.title = { $regex: escapeRegex(filter.title), $options: 'i' };
    if (filter.content) query.content = { $regex: escapeRegex(filter.content), $options: 'i' };
    const [items, total] = await Promise.all([
      this.model.find(query).sort(page.sort).skip(page.skip).limit(page.limit).lean<InboxEntry[]>(),
      this.model.countDocuments(query),
    ]);
    return { items, total };
  }

  /** Unread entries per category; the bell shows their sum. */
  async countUnread(tenantId: string, userId: string): Promise<Map<NotificationCategory, number>> {
    const rows = await this.aggregateScoped<{ _id: NotificationCategory; count: number }>(tenantId, [
      { $match: { userId, read: false } },
      { $group: { _id: '$category', count: { $sum: 1 } } },
    ]);
    return new Map(rows.map((row) => [row._id, row.count]));
  }

  /** Marks the user's unread entries among `ids` (or all of them) as read; answers how many changed. */
  async markRead(tenantId: string, userId: string, ids: string[] | 'all'): Promise<number> {
    const filter = this.scoped(tenantId, {
      userId,
      read: false,
      ...(ids === 'all' ? {} : { _id: { $in: ids } }),
    });
    const result = await this.model.updateMany(filter, { $set: { read: true, readAt: new Date() } });
    return result.modifiedCount;
  }
}

/** User input inside a $regex matches literally. */
const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
