import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Principal } from '@certhub/contracts';
import type { AggregateStore } from '@certhub/platform';
import type { FilterQuery, Model, SortOrder, UpdateQuery } from 'mongoose';
import { complaintScope } from './complaint-access';
import { COMPLAINT_MODEL, type ComplaintDoc } from './complaint.schema';

@Injectable()
export class ComplaintRepository implements AggregateStore<ComplaintDoc> {
  constructor(@InjectModel(COMPLAINT_MODEL) private readonly model: Model<ComplaintDoc>) {}

  async insert(complaint: ComplaintDoc): Promise<void> {
    await this.model.create(complaint);
  }

  findVisible(principal: Principal, complaintId: string): Promise<ComplaintDoc | null> {
    const scope = complaintScope(principal);
    if (!scope) return Promise.resolve(null);
    return this.model
      .findOne({ ...scope, _id: complaintId }, { outbox: 0 })
      .lean<ComplaintDoc>()
      .exec();
  }

  applyAtVersion(complaint: ComplaintDoc, update: UpdateQuery<ComplaintDoc>): Promise<ComplaintDoc | null> {
    return this.model
      .findOneAndUpdate(
        { tenantId: complaint.tenantId, _id: complaint._id, version: complaint.version },
        update,
        {
          new: true,
        },
      )
      .lean<ComplaintDoc>()
      .exec();
  }

  async search(
    scope: FilterQuery<ComplaintDoc>,
    filter: FilterQuery<ComplaintDoc>,
    sort: Record<string, SortOrder>,
    page: { page: number; pageSize: number },
  ): Promise<{ items: ComplaintDoc[]; total: number }> {
    const where = { ...filter, ...scope };
    const [items, total] = await Promise.all([
      this.model
        .find(where, { outbox: 0, trail: 0 })
        .sort(sort)
        .skip((page.page - 1) * page.pageSize)
        .limit(page.pageSize)
        .lean<ComplaintDoc[]>(),
      this.model.countDocuments(where),
    ]);
    return { items, total };
  }
}
