import type { Page, PageQuery } from '@certhub/contracts';
import type { SortOrder } from 'mongoose';

export type Sort = Record<string, SortOrder>;

export const skipOf = (query: PageQuery): number => (query.page - 1) * query.pageSize;

export const pageOf = <T>(items: T[], total: number, query: PageQuery): Page<T> => ({
  items,
  page: query.page,
  pageSize: query.pageSize,
  total,
});
