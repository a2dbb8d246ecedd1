import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { slicePage, type DossierStatus, type Page, type PageQuery, type Principal } from '@certhub/contracts';
import {
  DomainError,
  TenantRepository,
  cappedTotal,
  type AggregateStore,
  type ListTotal,
} from '@certhub/platform';
import type { FilterQuery, Model, SortOrder, UpdateQuery } from 'mongoose';
import { dossierNotFound, dossierScope, type DossierScope } from './dossier-access';
import { DOSSIER_MODEL, type DossierView, type TrailEntry } from './dossier.schema';

export interface DossierSearch {
  status?: DossierStatus[];
  schemeId?: string;
  cbId?: string;
  organisationId?: string;
  level?: string;
  /** An analyst's id, or `none`: nobody assigned. */
  analystId?: string;
  /** Dossier ids to keep (`in`) or to leave out (`nin`): the overdue filter, computed on findings. */
  ids?: { in: string[] } | { nin: string[] };
  /** Part of the reference or of the holder's name. */
  q?: string;
  page: number;
  pageSize: number;
  sort: Record<string, SortOrder>;
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Reads never load the trail or the outbox unless asked: both only grow. */
const LIGHT = { trail: 0, outbox: 0 } as const;

/**
 * Dossiers belong to two tenants (`tenantId` = [organisationId, cbId]). Every read goes through the
 * principal's scope (dossier-access.ts); writes are pinned to the dossier's CB tenant.
 */
@Injectable()
export class DossierRepository extends TenantRepository<DossierView> implements AggregateStore<DossierView> {
  constructor(@InjectModel(DOSSIER_MODEL) model: Model<DossierView>) {
    super(model);
  }

  /** The dossier if the principal may see it, else null (callers answer 404, never 403). */
  findVisible(principal: Principal, dossierId: string): Promise<DossierView | null> {
    const scope = dossierScope(principal);
    if (scope.kind === 'none') return Promise.resolve(null);
    return this.scopedQuery(scope, this.model.findOne(this.filterOf(scope, { _id: dossierId }), LIGHT))
      .lean<DossierView>()
      .exec();
  }

  /** The dossier if the principal may see it; 404 otherwise, whether it exists or not. */
  async getVisible(principal: Principal, dossierId: string): Promise<DossierView> {
    const found = await this.findVisible(principal, dossierId);
    if (!found) throw dossierNotFound(dossierId);
    return found;
  }

  async insert(dossier: DossierView): Promise<void> {
    await this.model.create(dossier);
  }

  /**
   * The write path's one write (dossier-lifecycle.ts): applied only if the dossier is still at the
   * version it was read at (optimistic concurrency, atomic in the store, across replicas). Null:
   * somebody else wrote first.
   */
  applyAtVersion(
    dossier: Pick<DossierView, '_id' | 'cbId' | 'version'>,
    update: UpdateQuery<DossierView>,
  ): Promise<DossierView | null> {
    // No projection: FerretDB v1 does not implement one on findAndModify. The trail and outbox
    // are dropped here instead, so callers see the same light view as reads give.
    return this.model
      .findOneAndUpdate(this.scoped(dossier.cbId, { _id: dossier._id, version: dossier.version }), update, {
        new: true,
      })
      .lean<DossierView>()
      .exec()
      .then((updated) => updated && { ...updated, trail: [], outbox: [] });
  }

  async search(principal: Principal, query: DossierSearch): Promise<{ items: DossierView[] } & ListTotal> {
    const scope = dossierScope(principal);
    if (scope.kind === 'none') return { items: [], total: 0 };
    const filter: FilterQuery<DossierView> = {};
    if (query.status?.length) filter.status = { $in: query.status };
    if (query.schemeId) filter.schemeId = query.schemeId;
    if (query.cbId) filter.cbId = query.cbId;
    if (query.organisationId) filter.organisationId = query.organisationId;
    if (query.level) filter.level = query.level;
    if (query.analystId) filter.analystId = query.analystId === 'none' ? { $exists: false } : query.analystId;
    if (query.ids) filter._id = 'in' in query.ids ? { $in: query.ids.in } : { $nin: query.ids.nin };
    if (query.q) {
      const pattern = new RegExp(escapeRegex(query.q), 'i');
      filter.$or = [{ reference: pattern }, { 'holder.name': pattern }];
    }
    const scoped = this.filterOf(scope, filter);
    const [items, total] = await Promise.all([
      this.scopedQuery(
        scope,
        this.model
          .find(scoped, { ...LIGHT, 'questionnaire.answers': 0, questionnaireFindings: 0, decisions: 0 })
          .sort(query.sort)
          .skip((query.page - 1) * query.pageSize)
          .limit(query.pageSize),
      )
        .lean<DossierView[]>()
        .exec(),
      cappedTotal(this.scopedQuery(scope, this.model.countDocuments(scoped)), query),
    ]);
    return { items, ...total };
  }

  /** One dossier's trail, newest first, with the principal's scope. Null: not visible. */
  async trail(principal: Principal, dossierId: string, page: PageQuery): Promise<Page<TrailEntry> | null> {
    const scope = dossierScope(principal);
    if (scope.kind === 'none') return null;
    const found = await this.scopedQuery(
      scope,
      this.model.findOne(this.filterOf(scope, { _id: dossierId }), { trail: 1 }),
    )
      .lean<{ trail?: TrailEntry[] }>()
      .exec();
    if (!found) return null;
    return slicePage([...(found.trail ?? [])].reverse(), page);
  }

  /**
   * The organisation's dossier holding a running certificate (valid or suspended, validity not
   * elapsed on `today`) for the scheme, whatever the CB, or null.
   */
  holderOf(
    organisationId: string,
    schemeId: string,
    today: string,
  ): Promise<Pick<DossierView, '_id' | 'reference' | 'status' | 'cbId' | 'certificate'> | null> {
    return this.model
      .findOne(
        this.scoped(organisationId, {
          organisationId,
          schemeId,
          'certificate.status': { $in: ['valid', 'suspended'] },
          'certificate.validUntil': { $gte: today },
        }),
        { _id: 1, reference: 1, status: 1, cbId: 1, certificate: 1 },
      )
      .lean<Pick<DossierView, '_id' | 'reference' | 'status' | 'cbId' | 'certificate'>>()
      .exec();
  }

  /**
   * For the reminders pass: certified dossiers (no surveillance audit planned, no renewal opened)
   * with a valid certificate, by id after `after`, a page at a time.
   */
  certifiedForReminders(after: string, limit: number): Promise<DossierView[]> {
    return this.model
      .find(
        { status: 'certified', 'certificate.status': 'valid', _id: { $gt: after } },
        {
          _id: 1,
          reference: 1,
          organisationId: 1,
          cbId: 1,
          schemeId: 1,
          analystId: 1,
          holder: 1,
          certificate: 1,
          cycle: 1,
        },
      )
      .sort({ _id: 1 })
      .limit(limit)
      .setOptions({ crossTenant: 'the reminders pass looks at every CB’s certified dossiers' })
      .lean<DossierView[]>()
      .exec();
  }

  /** For the expiry scheduler: certificates still running whose validUntil is before `today`. */
  dueForExpiry(today: string, limit: number): Promise<Pick<DossierView, '_id' | 'status'>[]> {
    return this.model
      .find(
        { 'certificate.status': { $in: ['valid', 'suspended'] }, 'certificate.validUntil': { $lt: today } },
        { _id: 1, status: 1 },
      )
      .setOptions({ crossTenant: 'the expiry scheduler looks at every CB’s certificates' })
      .limit(limit)
      .lean<Pick<DossierView, '_id' | 'status'>[]>()
      .exec();
  }

  private filterOf(scope: DossierScope, filter: FilterQuery<DossierView>): FilterQuery<DossierView> {
    // Both must hold: a caller's filter on cbId or organisationId narrows the scope, never widens it.
    if (scope.kind === 'tenant')
      return Object.keys(filter).length ? { $and: [scope.filter, filter] } : scope.filter;
    if (scope.kind === 'none') throw new DomainError('internal', 'a query without scope was attempted');
    return filter;
  }

  /** Cross-tenant scopes state their reason on the query; tenant scopes are already in the filter. */
  private scopedQuery<Q extends { setOptions: (o: { crossTenant: string }) => Q }>(
    scope: DossierScope,
    query: Q,
  ): Q {
    return scope.kind === 'cross' ? query.setOptions({ crossTenant: scope.reason }) : query;
  }
}
