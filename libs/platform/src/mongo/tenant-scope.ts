import type { FilterQuery, Model, PipelineStage, Query, Schema } from 'mongoose';

export const TENANT_FIELD = 'tenantId';

export class TenantScopeError extends Error {
  constructor(operation: string, model: string) {
    super(
      `${model}.${operation} without a ${TENANT_FIELD} filter was refused: scope the query to a tenant, ` +
        `or state why it must span tenants with setOptions({ crossTenant: '<reason>' })`,
    );
    this.name = 'TenantScopeError';
  }
}

const QUERY_OPERATIONS = [
  'find',
  'findOne',
  'countDocuments',
  'distinct',
  'updateOne',
  'updateMany',
  'replaceOne',
  'deleteOne',
  'deleteMany',
  'findOneAndUpdate',
  'findOneAndDelete',
  'findOneAndReplace',
] as const;

/**
 * Refuses, at run time, any query or aggregation on a tenant-owned collection that is not scoped
 * to a tenant. This is the one place isolation is enforced: a controller that forgets cannot leak.
 */
export function tenantScopePlugin(schema: Schema): void {
  for (const op of QUERY_OPERATIONS) {
    schema.pre(op, function (this: Query<unknown, unknown>) {
      if (this.getOptions().crossTenant) return;
      if (!hasTenantFilter(this.getFilter())) throw new TenantScopeError(op, this.model.modelName);
    });
  }
  schema.pre('aggregate', function () {
    if ((this.options as { crossTenant?: string }).crossTenant) return;
    const first = this.pipeline()[0] as { $match?: FilterQuery<unknown> } | undefined;
    if (!first?.$match || !hasTenantFilter(first.$match)) {
      throw new TenantScopeError('aggregate', this.model()?.modelName ?? 'model');
    }
  });
}

/** A filter is scoped when tenantId is pinned to a value (or a list), at top level or in every $and/$or branch. */
export function hasTenantFilter(filter: FilterQuery<unknown> | undefined): boolean {
  if (!filter) return false;
  const value = (filter as Record<string, unknown>)[TENANT_FIELD];
  if (isPinned(value)) return true;
  const and = (filter as { $and?: FilterQuery<unknown>[] }).$and;
  if (Array.isArray(and) && and.some(hasTenantFilter)) return true;
  const or = (filter as { $or?: FilterQuery<unknown>[] }).$or;
  return Array.isArray(or) && or.length > 0 && or.every(hasTenantFilter);
}

function isPinned(value: unknown): boolean {
  if (typeof value === 'string') return value.length > 0;
  if (value && typeof value === 'object') {
    const v = value as { $eq?: unknown; $in?: unknown };
    if (typeof v.$eq === 'string' && v.$eq.length > 0) return true;
    if (Array.isArray(v.$in) && v.$in.length > 0 && v.$in.every((x) => typeof x === 'string' && x))
      return true;
  }
  return false;
}

/**
 * Base for repositories of tenant-owned aggregates: the tenant is a required argument of every
 * read, and aggregations get the tenant `$match` prepended, so no caller can forget it. The tenant
 * field may be an array when an aggregate belongs to several tenants at once (a dossier is its
 * organisation's and its CB's): `{ tenantId: x }` then matches documents whose array holds x.
 */
export abstract class TenantRepository<T extends { tenantId: string | string[] }> {
  protected constructor(protected readonly model: Model<T>) {}

  protected scoped(tenantId: string, filter: FilterQuery<T> = {}): FilterQuery<T> {
    if (!tenantId) throw new TenantScopeError('scoped', this.model.modelName);
    return { ...filter, [TENANT_FIELD]: tenantId } as FilterQuery<T>;
  }

  protected aggregateScoped<R>(tenantId: string, pipeline: PipelineStage[]): Promise<R[]> {
    return this.model.aggregate<R>([{ $match: this.scoped(tenantId) } as PipelineStage, ...pipeline]).exec();
  }
}
