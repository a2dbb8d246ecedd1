import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { CloudEvent } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import type { FilterQuery, Model, SortOrder, UpdateQuery } from 'mongoose';
import type { ReadScope } from './audit-access';
import { AUDIT_MODEL, type AuditDoc, type AuditTrailEntry } from './audit.schema';

export interface PageRequest {
  page: number;
  pageSize: number;
}

@Injectable()
export class AuditRepository {
  constructor(@InjectModel(AUDIT_MODEL) private readonly model: Model<AuditDoc>) {}

  async insertPending(audit: Omit<AuditDoc, 'status' | 'version' | 'outbox'>): Promise<void> {
    await this.model.create({ ...audit, status: 'pending', version: 0, outbox: [] });
  }

  /** Audits of a dossier being planned or planned (the lifecycle guard no_other_audit_planned). */
  countActive(cbId: string, dossierId: string): Promise<number> {
    return this.model
      .countDocuments({ tenantId: cbId, dossierId, status: { $in: ['pending', 'planned'] } })
      .exec();
  }

  /** The plan failed (dossier refused the transition): the pending audit disappears. */
  async deletePending(cbId: string, auditId: string): Promise<void> {
    await this.model.deleteOne({ tenantId: cbId, _id: auditId, status: 'pending' });
  }

  /** One audit the scope may read (never a pending one); null also when it belongs to someone else. */
  findVisible(scope: ReadScope, auditId: string): Promise<AuditDoc | null> {
    const filter = { _id: auditId, status: { $ne: 'pending' } };
    return scope.kind === 'cross'
      ? this.model.findOne(filter).setOptions({ crossTenant: scope.reason }).lean<AuditDoc>()
      : this.model.findOne({ ...scope.filter, ...filter }).lean<AuditDoc>();
  }

  /**
   * The versioned update of one audit with its trail entry and its events (into the outbox, under
   * the document's lock the relay takes too): 409 stale_version when the audit changed since `version`.
   */
  async update(
    audit: AuditDoc,
    version: number,
    change: { $set?: Partial<AuditDoc>; trail: AuditTrailEntry; events?: CloudEvent[] },
  ): Promise<AuditDoc> {
    const update: UpdateQuery<AuditDoc> = {
      ...(change.$set ? { $set: change.$set } : {}),
      $inc: { version: 1 },
      $push: { trail: change.trail, ...(change.events?.length ? { outbox: { $each: change.events } } : {}) },
    };
    const updated = await this.model
      .findOneAndUpdate({ tenantId: audit.cbId, _id: audit._id, version }, update, { new: true })
      .lean<AuditDoc>()
      .exec();
    if (!updated) throw staleAudit(audit._id, version);
    return updated;
  }

  async search(
    scope: ReadScope,
    filter: FilterQuery<AuditDoc>,
    sort: Record<string, SortOrder>,
    page: PageRequest,
  ): Promise<{ items: AuditDoc[]; total: number }> {
    const where = { ...(scope.kind === 'tenant' ? scope.filter : {}), ...filter } as FilterQuery<AuditDoc>;
    const options = scope.kind === 'cross' ? { crossTenant: scope.reason } : {};
    const [items, total] = await Promise.all([
      this.model
        .find(where)
        .setOptions(options)
        .sort(sort)
        .skip((page.page - 1) * page.pageSize)
        .limit(page.pageSize)
        .lean<AuditDoc[]>(),
      this.model.countDocuments(where).setOptions(options),
    ]);
    return { items, total };
  }
}

export const staleAudit = (auditId: string, version: number): DomainError =>
  new DomainError('stale_version', `audit ${auditId} changed since version ${version}: reload it and retry`, {
    auditId,
    version,
  });
