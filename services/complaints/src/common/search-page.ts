import type { FilterQuery, Model, SortOrder } from 'mongoose';

/**
 * One page of a register within the reader's scope, and its total. A caller's filter narrows the
 * scope, never widens it (both under one `$and`). Lists leave out the outbox and the trail.
 */
export async function searchPage<T>(
  model: Model<T>,
  scope: FilterQuery<T>,
  filter: FilterQuery<T>,
  sort: Record<string, SortOrder>,
  page: { page: number; pageSize: number },
): Promise<{ items: T[]; total: number }> {
  const where = { $and: [scope, filter] } as FilterQuery<T>;
  const [items, total] = await Promise.all([
    model
      .find(where, { outbox: 0, trail: 0 })
      .sort(sort)
      .skip((page.page - 1) * page.pageSize)
      .limit(page.pageSize)
      .lean<T[]>(),
    model.countDocuments(where),
  ]);
  return { items, total };
}

/**
 * A register's list filters under one `$and`; `overdue` keeps only the cases `late` matches, or
 * leaves them out.
 */
export function registerFilter<T>(
  and: FilterQuery<T>[],
  late: FilterQuery<T>,
  overdue: boolean | undefined,
): FilterQuery<T> {
  const all = overdue === undefined ? and : [...and, overdue ? late : ({ $nor: [late] } as FilterQuery<T>)];
  return all.length ? ({ $and: all } as FilterQuery<T>) : {};
}
