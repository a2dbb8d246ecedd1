import type { Page, PageQuery } from './pagination';

/**
 * The requested page of a list held whole in memory (an aggregate's embedded entries, a short or
 * computed list), with the same `page`, `pageSize` and `total` a stored list answers. `toItem`
 * maps only the page's entries, so a long history is not mapped whole to show twenty.
 */
export function slicePage<T, R = T>(
  items: readonly T[],
  query: Pick<PageQuery, 'page' | 'pageSize'>,
  toItem: (item: T) => R = (item) => item as unknown as R,
): Page<R> {
  const start = (query.page - 1) * query.pageSize;
  return {
    items: items.slice(start, start + query.pageSize).map((item) => toItem(item)),
    page: query.page,
    pageSize: query.pageSize,
    total: items.length,
  };
}
