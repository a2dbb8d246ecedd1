import type { Page, PageQuery } from './pagination';

/** The requested page of a list held whole in memory (short or computed lists), with its total. */
export function slicePage<T>(items: readonly T[], query: PageQuery): Page<T> {
  const start = (query.page - 1) * query.pageSize;
  return {
    items: items.slice(start, start + query.pageSize),
    page: query.page,
    pageSize: query.pageSize,
    total: items.length,
  };
}
