import type { Page, PageQuery } from '@certhub/contracts';

/** How many rows come before the page asked for. */
export const skipOf = (query: PageQuery): number => (query.page - 1) * query.pageSize;

/** A page as every list answers it: its items, the page asked for, and the list's total. */
export function toPage<T>(items: T[], total: number, query: PageQuery): Page<T> {
  return { items, page: query.page, pageSize: query.pageSize, total };
}
