import type { FilterQuery, Model, ProjectionType, SortOrder } from 'mongoose';

export interface FindPageOptions<D> {
  /** The fields a list shows, when it shows less than the whole document. */
  projection?: ProjectionType<D>;
  /** Why the list spans tenants: stated on both reads, as the tenant-scope guard asks. */
  crossTenant?: string;
}

/**
 * One page of a stored list and its exact total, read together with the same filter, so the total
 * always counts what the pages walk through.
 */
export async function findPage<D, T = D>(
  model: Model<D>,
  filter: FilterQuery<D>,
  page: { page: number; pageSize: number },
  sort: Record<string, SortOrder>,
  options: FindPageOptions<D> = {},
): Promise<{ items: T[]; total: number }> {
  const scope = options.crossTenant ? { crossTenant: options.crossTenant } : {};
  const [items, total] = await Promise.all([
    model
      .find(filter, options.projection)
      .setOptions(scope)
      .sort(sort)
      .skip((page.page - 1) * page.pageSize)
      .limit(page.pageSize)
      .lean<T[]>()
      .exec(),
    model.countDocuments(filter).setOptions(scope).exec(),
  ]);
  return { items, total };
}
