import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { TenantRepository } from '@certhub/platform';
import type { FilterQuery, Model, SortOrder } from 'mongoose';
import { QUALIFICATION_MODEL, type QualificationDoc } from './qualification.schema';

/** Qualifications whose period meets [from, to] (to absent: open-ended). */
export function overlapping(from: string, to: string | undefined): FilterQuery<QualificationDoc> {
  return {
    $and: [
      ...(to === undefined ? [] : [{ validFrom: { $lte: to } }]),
      { $or: [{ validTo: { $exists: false } }, { validTo: { $gte: from } }] },
    ],
  };
}

@Injectable()
export class QualificationRepository extends TenantRepository<QualificationDoc> {
  constructor(@InjectModel(QUALIFICATION_MODEL) model: Model<QualificationDoc>) {
    super(model);
  }

  async create(doc: QualificationDoc): Promise<QualificationDoc> {
    await this.model.create(doc);
    return doc;
  }

  findById(cbId: string, id: string): Promise<QualificationDoc | null> {
    return this.model.findOne(this.scoped(cbId, { _id: id })).lean<QualificationDoc>();
  }

  /** Another qualification of the same auditor for the same scheme whose period meets [from, to]. */
  findOverlap(
    q: Pick<QualificationDoc, 'cbId' | 'auditorId' | 'schemeId' | 'validFrom' | 'validTo'>,
    exceptId?: string,
  ): Promise<QualificationDoc | null> {
    return this.model
      .findOne(
        this.scoped(q.cbId, {
          auditorId: q.auditorId,
          schemeId: q.schemeId,
          ...(exceptId ? { _id: { $ne: exceptId } } : {}),
          ...overlapping(q.validFrom, q.validTo),
        }),
      )
      .lean<QualificationDoc>();
  }

  /** The auditors among `auditorIds` one of whose qualifications for the scheme covers every day of [from, to]. */
  async qualified(
    cbId: string,
    schemeId: string,
    auditorIds: string[],
    from: string,
    to: string,
  ): Promise<Set<string>> {
    const found = await this.model
      .find(
        this.scoped(cbId, {
          auditorId: { $in: auditorIds },
          schemeId,
          validFrom: { $lte: from },
          $or: [{ validTo: { $exists: false } }, { validTo: { $gte: to } }],
        }),
        { auditorId: 1 },
      )
      .lean<Pick<QualificationDoc, 'auditorId'>[]>();
    return new Set(found.map((q) => q.auditorId));
  }

  /** Writes the new period at the version read; null when another write got there first. */
  updatePeriod(
    current: QualificationDoc,
    period: { validFrom: string; validTo?: string | undefined },
  ): Promise<QualificationDoc | null> {
    return this.model
      .findOneAndUpdate(
        this.scoped(current.cbId, { _id: current._id, version: current.version }),
        {
          $set: {
            validFrom: period.validFrom,
            updatedAt: new Date(),
            ...(period.validTo === undefined ? {} : { validTo: period.validTo }),
          },
          ...(period.validTo === undefined ? { $unset: { validTo: 1 } } : {}),
          $inc: { version: 1 },
        },
        { new: true },
      )
      .lean<QualificationDoc>();
  }

  async delete(cbId: string, id: string): Promise<void> {
    await this.model.deleteOne(this.scoped(cbId, { _id: id }));
  }

  async search(
    cbId: string,
    filter: FilterQuery<QualificationDoc>,
    sort: Record<string, SortOrder>,
    page: { page: number; pageSize: number },
  ): Promise<{ items: QualificationDoc[]; total: number }> {
    const where = this.scoped(cbId, filter);
    const [items, total] = await Promise.all([
      this.model
        .find(where)
        .sort(sort)
        .skip((page.page - 1) * page.pageSize)
        .limit(page.pageSize)
        .lean<QualificationDoc[]>(),
      this.model.countDocuments(where),
    ]);
    return { items, total };
  }
}
