import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Principal } from '@certhub/contracts';
import { updateAtVersion, type AggregateStore, type ListTotal } from '@certhub/platform';
import type { FilterQuery, Model, SortOrder, UpdateQuery } from 'mongoose';
import { readScope, scopeOptions, scopedFilter, scopedPage, type ReadScope } from './audit-access';
import { AUDIT_MODEL, type AuditDoc } from './audit.schema';

export interface PageRequest {
  page: number;
  pageSize: number;
}

@Injectable()
export class AuditRepository implements AggregateStore<AuditDoc> {
  constructor(@InjectModel(AUDIT_MODEL) private readonly model: Model<AuditDoc>) {}

  async insert(audit: AuditDoc): Promise<void> {
    await this.model.create(audit);
  }

  /** Audits of a dossier being planned or planned (the lifecycle guard no_other_audit_planned). */
  countActive(cbId: string, dossierId: string): Promise<number> {
    return this.model
      .countDocuments({ tenantId: cbId, dossierId, status: { $in: ['pending', 'planned'] } })
      .exec();
  }

  /** For the reminders pass: planned audits starting between two days (included), every CB's. */
  plannedStartingBetween(from: string, to: string): Promise<AuditDoc[]> {
    return this.model
      .find({ status: 'planned', startDate: { $gte: from, $lte: to } }, { trail: 0, outbox: 0 })
      .setOptions({ crossTenant: 'the reminders pass looks at every CB’s planned audits' })
      .lean<AuditDoc[]>()
      .exec();
  }

  /** The plan failed (dossier refused the transition): the pending audit disappears. */
  async deletePending(cbId: string, auditId: string): Promise<void> {
    await this.model.deleteOne({ tenantId: cbId, _id: auditId, status: 'pending' });
  }

  /** One audit the principal may read (never a pending one); null also when it belongs to someone else. */
  findVisible(principal: Principal, auditId: string): Promise<AuditDoc | null> {
    const scope = readScope(principal);
    return this.model
      .findOne(scopedFilter(scope, { _id: auditId, status: { $ne: 'pending' } }))
      .setOptions(scopeOptions(scope))
      .lean<AuditDoc>()
      .exec();
  }

  /** The write path's one write (audit-lifecycle.ts): applied only at the audit's loaded version. */
  applyAtVersion(audit: AuditDoc, update: UpdateQuery<AuditDoc>): Promise<AuditDoc | null> {
    return updateAtVersion(this.model, audit.cbId, audit, update);
  }

  search(
    scope: ReadScope,
    filter: FilterQuery<AuditDoc>,
    sort: Record<string, SortOrder>,
    page: PageRequest,
  ): Promise<{ items: AuditDoc[] } & ListTotal> {
    return scopedPage(this.model, scope, filter, sort, page);
  }
}
