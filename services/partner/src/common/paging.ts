import type { Page, PageQuery } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import type { SortOrder } from 'mongoose';

export type Sort = Record<string, SortOrder>;

/** `sort` (`field` or `-field`) on an allowed field, `_id` last so that pages never overlap on ties. */
export function toSort(sort: string | undefined, allowed: readonly string[], fallback: string): Sort {
  const wanted = sort ?? fallback;
  const field = wanted.replace(/^-/, '');
  if (!allowed.includes(field))
    throw new DomainError(
      'validation_failed',
      `sort must be one of ${allowed.join(', ')} (optionally prefixed with -)`,
      [{ field: 'sort', message: `unknown sort field ${field}` }],
    );
  return { [field]: wanted.startsWith('-') ? -1 : 1, _id: 1 };
}

export const skipOf = (query: PageQuery): number => (query.page - 1) * query.pageSize;

export const pageOf = <T>(items: T[], total: number, query: PageQuery): Page<T> => ({
  items,
  page: query.page,
  pageSize: query.pageSize,
  total,
});
