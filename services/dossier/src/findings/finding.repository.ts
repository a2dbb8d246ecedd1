import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { CloudEvent } from '@certhub/contracts';
import type { FilterQuery, Model, SortOrder, UpdateQuery } from 'mongoose';
import type { ReadScope } from '../audits/audit-access';
import { FINDING_MODEL, type FindingDoc, type FindingTrailEntry } from './finding.schema';

/** Searches and lists never carry the trail or the pending events. */
const LIGHT = { trail: 0, outbox: 0 } as const;

/** Mongo `find` with a tenant scope or a stated cross-tenant reason (platform staff). */
function scopedFilter(scope: ReadScope, filter: FilterQuery<FindingDoc>): FilterQuery<FindingDoc> {
  return scope.kind === 'tenant' ? ({ ...scope.filter, ...filter } as FilterQuery<FindingDoc>) : filter;
}
const optionsOf = (scope: ReadScope) => (scope.kind === 'cross' ? { crossTenant: scope.reason } : {});

@Injectable()
export class FindingRepository {
  constructor(@InjectModel(FINDING_MODEL) private readonly model: Model<FindingDoc>) {}

  async insert(finding: FindingDoc): Promise<void> {
    await this.model.create(finding);
  }

  findVisible(
    scope: ReadScope,
    findingId: string,
    extra: FilterQuery<FindingDoc> = {},
  ): Promise<FindingDoc | null> {
    return this.model
      .findOne(scopedFilter(scope, { ...extra, _id: findingId }), { outbox: 0 })
      .setOptions(optionsOf(scope))
      .lean<FindingDoc>();
  }

  /** One dossier's findings of the scope (the batch send), without their trail. */
  ofDossier(scope: ReadScope, dossierId: string, extra: FilterQuery<FindingDoc> = {}): Promise<FindingDoc[]> {
    return this.model
      .find(scopedFilter(scope, { ...extra, dossierId }), LIGHT)
      .setOptions(optionsOf(scope))
      .sort({ number: 1 })
      .lean<FindingDoc[]>();
  }

  /** Open findings of a dossier (the lifecycle guards findings_open / findings_closed). */
  countOpen(cbId: string, filter: { dossierId?: string; auditId?: string }): Promise<number> {
    return this.model.countDocuments({ tenantId: cbId, ...filter, open: true });
  }

  /**
   * The one write of a step: applied only at `version` (optimistic concurrency), with the trail
   * entry and the events (into the outbox, under the document's lock the relay takes too). Null:
   * somebody else wrote first.
   */
  async applyAtVersion(
    finding: Pick<FindingDoc, '_id' | 'cbId'>,
    version: number,
    change: { $set: Partial<FindingDoc>; trail: FindingTrailEntry; events: CloudEvent[] },
  ): Promise<FindingDoc | null> {
    const update: UpdateQuery<FindingDoc> = {
      $set: change.$set,
      $inc: { version: 1 },
      $push: { trail: change.trail, ...(change.events.length ? { outbox: { $each: change.events } } : {}) },
    };
    const updated = await this.model
      // No projection: FerretDB v1 does not implement one on findAndModify.
      .findOneAndUpdate({ tenantId: finding.cbId, _id: finding._id, version }, update, { new: true })
      .lean<FindingDoc>()
      .exec();
    return updated;
  }

  async search(
    scope: ReadScope,
    filter: FilterQuery<FindingDoc>,
    sort: Record<string, SortOrder>,
    page: { page: number; pageSize: number },
  ): Promise<{ items: FindingDoc[]; total: number }> {
    const where = scopedFilter(scope, filter);
    const [items, total] = await Promise.all([
      this.model
        .find(where, LIGHT)
        .setOptions(optionsOf(scope))
        .sort(sort)
        .skip((page.page - 1) * page.pageSize)
        .limit(page.pageSize)
        .lean<FindingDoc[]>(),
      this.model.countDocuments(where).setOptions(optionsOf(scope)),
    ]);
    return { items, total };
  }
}
