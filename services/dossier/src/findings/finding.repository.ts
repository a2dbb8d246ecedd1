import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Principal } from '@certhub/contracts';
import { updateAtVersion, type AggregateStore, type ListTotal } from '@certhub/platform';
import type { FilterQuery, Model, SortOrder, UpdateQuery } from 'mongoose';
import { scopeOptions, scopedFilter, scopedPage, type ReadScope } from '../audits/audit-access';
import { findingScope } from './finding-access';
import { FINDING_MODEL, type FindingDoc } from './finding.schema';

/** Searches and lists never carry the trail or the pending events. */
const LIGHT = { trail: 0, outbox: 0 } as const;

@Injectable()
export class FindingRepository implements AggregateStore<FindingDoc> {
  constructor(@InjectModel(FINDING_MODEL) private readonly model: Model<FindingDoc>) {}

  async insert(finding: FindingDoc): Promise<void> {
    await this.model.create(finding);
  }

  /** For the reminders pass: open findings in one of `statuses` due between two days (included), every CB's. */
  openDueBetween(statuses: readonly string[], from: string, to: string): Promise<FindingDoc[]> {
    return this.model
      .find({ open: true, status: { $in: statuses }, dueDate: { $gte: from, $lte: to } }, LIGHT)
      .setOptions({ crossTenant: 'the reminders pass looks at every CB’s open findings' })
      .lean<FindingDoc[]>()
      .exec();
  }

  /** The finding if the principal may read it (finding-access.ts), else null. */
  findVisible(principal: Principal, findingId: string): Promise<FindingDoc | null> {
    const scope = findingScope(principal);
    return this.model
      .findOne(scopedFilter<FindingDoc>(scope, { _id: findingId }), { outbox: 0 })
      .setOptions(scopeOptions(scope))
      .lean<FindingDoc>()
      .exec();
  }

  /** One dossier's findings of the scope (the batch send), without their trail. */
  ofDossier(scope: ReadScope, dossierId: string, extra: FilterQuery<FindingDoc> = {}): Promise<FindingDoc[]> {
    return this.model
      .find(scopedFilter<FindingDoc>(scope, { ...extra, dossierId }), LIGHT)
      .setOptions(scopeOptions(scope))
      .sort({ number: 1 })
      .lean<FindingDoc[]>();
  }

  /** Open findings of a dossier (the lifecycle guards findings_open / findings_closed). */
  countOpen(cbId: string, filter: { dossierId?: string; auditId?: string }): Promise<number> {
    return this.model.countDocuments({ tenantId: cbId, ...filter, open: true });
  }

  /**
   * How many open findings past their due date each dossier of `dossierIds` has (the work queue's
   * "overdue" column), or, without ids, which dossiers of the scope have any (its "overdue" filter).
   */
  async overdueByDossier(scope: ReadScope, day: string, dossierIds?: string[]): Promise<Map<string, number>> {
    const where = scopedFilter<FindingDoc>(scope, {
      open: true,
      dueDate: { $lt: day },
      ...(dossierIds ? { dossierId: { $in: dossierIds } } : {}),
    });
    const rows = await this.model
      .find(where, { dossierId: 1 })
      .setOptions(scopeOptions(scope))
      .lean<{ dossierId: string }[]>();
    const counts = new Map<string, number>();
    for (const { dossierId } of rows) counts.set(dossierId, (counts.get(dossierId) ?? 0) + 1);
    return counts;
  }

  /** The write path's one write (finding-lifecycle.ts): applied only at the finding's loaded version. */
  applyAtVersion(finding: FindingDoc, update: UpdateQuery<FindingDoc>): Promise<FindingDoc | null> {
    return updateAtVersion(this.model, finding.cbId, finding, update);
  }

  search(
    scope: ReadScope,
    filter: FilterQuery<FindingDoc>,
    sort: Record<string, SortOrder>,
    page: { page: number; pageSize: number },
  ): Promise<{ items: FindingDoc[] } & ListTotal> {
    return scopedPage(this.model, scope, filter, sort, page, LIGHT);
  }
}
