import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Principal } from '@certhub/contracts';
import type { AggregateStore } from '@certhub/platform';
import type { FilterQuery, Model, SortOrder, UpdateQuery } from 'mongoose';
import { perimeterScope, withinScope } from '../candidacy/candidacy-access';
import { TRANSFER_MODEL, type TransferView } from './transfer.schema';

const LIGHT = { trail: 0, outbox: 0 } as const;

/** Transfer requests within the requester's perimeter or the certifier's; writes pinned to the certifier. */
@Injectable()
export class TransferRepository implements AggregateStore<TransferView> {
  constructor(@InjectModel(TRANSFER_MODEL) private readonly model: Model<TransferView>) {}

  findVisible(principal: Principal, id: string): Promise<TransferView | null> {
    const scope = perimeterScope<TransferView>(principal);
    if (scope.kind === 'none') return Promise.resolve(null);
    const query = this.model.findOne(withinScope(scope, { _id: id }), LIGHT);
    return (scope.kind === 'cross' ? query.setOptions({ crossTenant: scope.reason }) : query)
      .lean<TransferView>()
      .exec();
  }

  async insert(transfer: TransferView): Promise<void> {
    await this.model.create(transfer);
  }

  applyAtVersion(current: TransferView, update: UpdateQuery<TransferView>): Promise<TransferView | null> {
    return this.model
      .findOneAndUpdate(
        { tenantId: current.certifierId, _id: current._id, version: current.version },
        update,
        {
          new: true,
        },
      )
      .lean<TransferView>()
      .exec()
      .then((updated) => updated && { ...updated, trail: [], outbox: [] });
  }

  async pendingFor(candidateId: string): Promise<boolean> {
    const found = await this.model
      .exists({ candidateId, status: 'pending' })
      .setOptions({ crossTenant: 'one pending transfer per candidate, whoever asked' });
    return found !== null;
  }

  async list(
    principal: Principal,
    filter: FilterQuery<TransferView>,
    page: { page: number; pageSize: number },
    sort: Record<string, SortOrder>,
  ): Promise<{ items: TransferView[]; total: number }> {
    const scope = perimeterScope<TransferView>(principal);
    if (scope.kind === 'none') return { items: [], total: 0 };
    const scoped = withinScope(scope, filter);
    const cross = scope.kind === 'cross' ? { crossTenant: scope.reason } : {};
    const [items, total] = await Promise.all([
      this.model
        .find(scoped, LIGHT)
        .setOptions(cross)
        .sort(sort)
        .skip((page.page - 1) * page.pageSize)
        .limit(page.pageSize)
        .lean<TransferView[]>()
        .exec(),
      this.model.countDocuments(scoped).setOptions(cross).exec(),
    ]);
    return { items, total };
  }
}
