import type { Principal } from '@certhub/contracts';
import { findPage, updateAtVersion, type AggregateStore, type Versioned } from '@certhub/platform';
import type { FilterQuery, Model, SortOrder, UpdateQuery } from 'mongoose';
import { perimeterScope, withinScope, type PerimeterScope } from './candidacy-access';

/** Reads never load the trail or the outbox unless asked: both only grow. */
export const LIGHT = { trail: 0, outbox: 0 } as const;

type Record4 = Versioned & { tenantId: string[]; certifierId: string };

/**
 * The store of an aggregate of the individuals' line (candidate, habilitation, transfer request):
 * every read within the principal's perimeter (candidacy-access.ts), every write pinned to the
 * certifier's tenant at the version read. `live` hides what every read must skip (deleted ones).
 */
export abstract class PerimeterRepository<T extends Record4> implements AggregateStore<T> {
  protected constructor(
    protected readonly model: Model<T>,
    private readonly live: FilterQuery<T> = {},
  ) {}

  findVisible(principal: Principal, id: string): Promise<T | null> {
    const scope = perimeterScope<T>(principal);
    if (scope.kind === 'none') return Promise.resolve(null);
    return this.scoped(
      scope,
      this.model.findOne(withinScope(scope, { _id: id, ...this.live } as FilterQuery<T>), LIGHT),
    )
      .lean<T>()
      .exec();
  }

  async insert(aggregate: T): Promise<void> {
    await this.model.create(aggregate);
  }

  applyAtVersion(current: T, update: UpdateQuery<T>): Promise<T | null> {
    // The whole document comes back (no projection on findAndModify): trail and outbox dropped here.
    return updateAtVersion(this.model, current.certifierId, current, update).then(
      (updated) => updated && ({ ...updated, trail: [], outbox: [] } as T),
    );
  }

  async list(
    principal: Principal,
    filter: FilterQuery<T>,
    page: { page: number; pageSize: number },
    sort: Record<string, SortOrder>,
  ): Promise<{ items: T[]; total: number }> {
    const scope = perimeterScope<T>(principal);
    if (scope.kind === 'none') return { items: [], total: 0 };
    return findPage(this.model, withinScope(scope, { ...filter, ...this.live }), page, sort, {
      projection: LIGHT,
      ...(scope.kind === 'cross' ? { crossTenant: scope.reason } : {}),
    });
  }

  /** Cross-tenant scopes state their reason on the query; tenant scopes are already in the filter. */
  protected scoped<Q extends { setOptions: (o: { crossTenant: string }) => Q }>(
    scope: Exclude<PerimeterScope<T>, { kind: 'none' }>,
    query: Q,
  ): Q {
    return scope.kind === 'cross' ? query.setOptions({ crossTenant: scope.reason }) : query;
  }
}
