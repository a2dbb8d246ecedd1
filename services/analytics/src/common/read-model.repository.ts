import { TenantRepository } from '@certhub/platform';
import type { FilterQuery, PipelineStage, QueryOptions } from 'mongoose';
import type { ReadScope } from './access';

/**
 * The tenant of read-model items whose dossier has no certification body yet: no CB user can
 * name it (CB ids never contain spaces), platform staff and the applicant still count them.
 */
export const UNASSIGNED = '(unassigned)';

export const cbIdOf = (tenantId: string): string | null => (tenantId === UNASSIGNED ? null : tenantId);

/** Projections write one item by its id; the item's tenant is a field the event sets, not a filter. */
export const PROJECTION_WRITE: QueryOptions = {
  crossTenant: 'a projection writes one item by id, its tenant taken from the event',
};

interface ReadModelItem {
  tenantId: string;
  organisationId: string;
}

/**
 * Reads of a read model always go through a ReadScope, turned into a filter here and nowhere else:
 * a CB's reads are pinned to its tenant; platform-wide and organisation-wide reads span tenants
 * and say why, as the tenant-scope plugin requires.
 */
export abstract class ReadModelRepository<T extends ReadModelItem> extends TenantRepository<T> {
  protected inScope(
    scope: ReadScope,
    filter: FilterQuery<T>,
  ): { filter: FilterQuery<T>; crossTenant?: string } {
    // The scope is spread last: a caller's filter can never widen it.
    switch (scope.kind) {
      case 'cb':
        return { filter: this.scoped(scope.cbId, filter) };
      case 'organisation':
        return scope.cbId
          ? { filter: this.scoped(scope.cbId, { ...filter, organisationId: scope.organisationId }) }
          : {
              filter: { ...filter, organisationId: scope.organisationId },
              crossTenant: 'an organisation’s dossiers span the CBs instructing them',
            };
      case 'platform':
        return { filter, crossTenant: 'platform staff see every CB' };
    }
  }

  protected findIn(scope: ReadScope, filter: FilterQuery<T>) {
    const scoped = this.inScope(scope, filter);
    const query = this.model.find(scoped.filter);
    return scoped.crossTenant ? query.setOptions({ crossTenant: scoped.crossTenant }) : query;
  }

  protected countIn(scope: ReadScope, filter: FilterQuery<T>): Promise<number> {
    const scoped = this.inScope(scope, filter);
    const query = this.model.countDocuments(scoped.filter);
    return (scoped.crossTenant ? query.setOptions({ crossTenant: scoped.crossTenant }) : query).exec();
  }

  /** `$match` on the scope (and the caller's filter) comes first, as the tenant-scope plugin checks. */
  protected aggregateIn<R>(scope: ReadScope, filter: FilterQuery<T>, stages: PipelineStage[]): Promise<R[]> {
    const scoped = this.inScope(scope, filter);
    const aggregate = this.model.aggregate<R>([{ $match: scoped.filter } as PipelineStage, ...stages]);
    if (scoped.crossTenant) aggregate.option({ crossTenant: scoped.crossTenant } as never);
    return aggregate.exec();
  }

  /** Empties the read model before a replay; indexes stay. */
  async clear(): Promise<void> {
    await this.model.deleteMany({}).setOptions({ crossTenant: 'a rebuild replays every tenant' });
  }
}
