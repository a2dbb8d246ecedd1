import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { CloudEvent } from '@certhub/contracts';
import { TenantRepository } from '@certhub/platform';
import type { Model, PipelineStage } from 'mongoose';
import { PROJECTION_WRITE } from '../common/read-model.repository';
import { EventReceipt } from './event-receipt.schema';

/** Events without a tenant (platform-level) are counted under the platform itself. */
const PLATFORM_TENANT = 'platform';

@Injectable()
export class EventReceiptRepository extends TenantRepository<EventReceipt> {
  constructor(@InjectModel(EventReceipt.name) model: Model<EventReceipt>) {
    super(model);
  }

  async record(event: CloudEvent): Promise<void> {
    await this.model
      .updateOne(
        { _id: event.id },
        {
          $setOnInsert: {
            tenantId: event.tenantid ?? PLATFORM_TENANT,
            type: event.type,
            time: new Date(event.time),
          },
        },
        { upsert: true },
      )
      .setOptions(PROJECTION_WRITE);
  }

  async countsFor(tenantId: string | 'all', types?: string[]): Promise<Record<string, number>> {
    const byType = types?.length ? { type: { $in: types } } : {};
    const group: PipelineStage = { $group: { _id: '$type', count: { $sum: 1 } } };
    const rows =
      tenantId === 'all'
        ? await this.model
            .aggregate<{ _id: string; count: number }>([{ $match: byType }, group])
            .option({ crossTenant: 'platform-wide figures for platform staff' } as never)
            .exec()
        : await this.aggregateScoped<{ _id: string; count: number }>(tenantId, [{ $match: byType }, group]);
    return Object.fromEntries(rows.map((row) => [row._id, row.count]));
  }

  async clear(): Promise<void> {
    await this.model.deleteMany({}).setOptions({ crossTenant: 'a rebuild replays every tenant' });
  }
}
