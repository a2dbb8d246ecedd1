import type { Page, PageQuery } from '@certhub/contracts';
import type { SortOrder } from 'mongoose';

export type Sort = Record<string, SortOrder>;

export function pageOf<T>(items: T[], total: number, query: PageQuery): Page<T> {
  return { items, page: query.page, pageSize: query.pageSize, total };
}
