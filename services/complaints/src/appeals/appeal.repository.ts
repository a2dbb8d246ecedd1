import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Principal } from '@certhub/contracts';
import type { AggregateStore } from '@certhub/platform';
import type { FilterQuery, Model, SortOrder, UpdateQuery } from 'mongoose';
import { appealScope } from './appeal-access';
import { APPEAL_MODEL, type AppealDoc } from './appeal.schema';

@Injectable()
export class AppealRepository implements AggregateStore<AppealDoc> {
  constructor(@InjectModel(APPEAL_MODEL) private readonly model: Model<AppealDoc>) {}

  async insert(appeal: AppealDoc): Promise<void> {
    await this.model.create(appeal);
  }

  findVisible(principal: Principal, appealId: string): Promise<AppealDoc | null> {
    const scope = appealScope(principal);
    if (!scope) return Promise.resolve(null);
    return this.model
      .findOne({ $and: [scope, { _id: appealId }] }, { outbox: 0 })
      .lean<AppealDoc>()
      .exec();
  }

  /** An appeal of this dossier and decision still pending: one at a time per decision. */
  pendingFor(cbId: string, dossierId: string, contestedId: string): Promise<AppealDoc | null> {
    return this.model
      .findOne({
        tenantId: cbId,
        dossierId,
        contestedId,
        status: { $in: ['lodged', 'investigating', 'upheld'] },
      })
      .lean<AppealDoc>()
      .exec();
  }

  applyAtVersion(appeal: AppealDoc, update: UpdateQuery<AppealDoc>): Promise<AppealDoc | null> {
    return this.model
      .findOneAndUpdate({ tenantId: appeal.cbId, _id: appeal._id, version: appeal.version }, update, {
        new: true,
      })
      .lean<AppealDoc>()
      .exec();
  }

  /** A caller's filter narrows the scope, never widens it. */
  async search(
    scope: FilterQuery<AppealDoc>,
    filter: FilterQuery<AppealDoc>,
    sort: Record<string, SortOrder>,
    page: { page: number; pageSize: number },
  ): Promise<{ items: AppealDoc[]; total: number }> {
    const where = { $and: [scope, filter] };
    const [items, total] = await Promise.all([
      this.model
        .find(where, { outbox: 0, trail: 0 })
        .sort(sort)
        .skip((page.page - 1) * page.pageSize)
        .limit(page.pageSize)
        .lean<AppealDoc[]>(),
      this.model.countDocuments(where),
    ]);
    return { items, total };
  }
}
