import type { Page } from '@certhub/contracts';

/**
 * One page of a list held whole in memory (an aggregate's embedded entries, a small report), with
 * the same `page`, `pageSize` and `total` a stored list answers. `toItem` maps only the page's
 * entries, so a long history is not mapped whole to show twenty.
 */
export function pageInMemory<T, R = T>(
  all: readonly T[],
  query: { page: number; pageSize: number },
  toItem: (entry: T) => R = (entry) => entry as unknown as R,
): Page<R> {
  const start = (query.page - 1) * query.pageSize;
  return {
    items: all.slice(start, start + query.pageSize).map((entry) => toItem(entry)),
    page: query.page,
    pageSize: query.pageSize,
    total: all.length,
  };
}
