import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { TenantRepository } from '@certhub/platform';
import type { Model } from 'mongoose';
import { EventCount } from './event-count.schema';

@Injectable()
export class EventCountRepository extends TenantRepository<EventCount> {
  constructor(@InjectModel(EventCount.name) model: Model<EventCount>) {
    super(model);
  }

  async increment(tenantId: string, type: string, at: Date): Promise<void> {
    await this.model.updateOne(
      this.scoped(tenantId, { type }),
      { $inc: { count: 1 }, $max: { lastEventAt: at } },
      { upsert: true },
    );
  }

  async countsFor(tenantIds: string[] | 'all', types?: string[]): Promise<Record<string, number>> {
    const filter = { ...(types?.length ? { type: { $in: types } } : {}) };
    const query =
      tenantIds === 'all'
        ? this.model.find(filter).setOptions({ crossTenant: 'platform-wide figures for platform staff' })
        : this.model.find({ ...filter, tenantId: { $in: tenantIds } });
    const rows = await query.lean<EventCount[]>();
    const counts: Record<string, number> = {};
    for (const row of rows) counts[row.type] = (counts[row.type] ?? 0) + row.count;
    return counts;
  }
}
