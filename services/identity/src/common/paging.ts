import type { Page, PageQuery } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import type { SortOrder } from 'mongoose';

export type Sort = Record<string, SortOrder>;

/**
 * Turns `sort` (`field` or `-field`) into a mongo sort on an allowed field, with `_id` last so
 * pages never overlap when the sorted values tie.
 */
export function toSort(sort: string | undefined, allowed: readonly string[], fallback: string): Sort {
  const wanted = sort ?? fallback;
  const field = wanted.replace(/^-/, '');
  if (!allowed.includes(field)) {
    throw new DomainError(
      'validation_failed',
      `sort must be one of ${allowed.join(', ')} (optionally prefixed with -)`,
      [{ field: 'sort', message: `unknown sort field ${field}` }],
    );
  }
  return { [field]: wanted.startsWith('-') ? -1 : 1, _id: 1 };
}

export const skipOf = (query: PageQuery): number => (query.page - 1) * query.pageSize;

export function pageOf<T>(items: T[], total: number, query: PageQuery): Page<T> {
  return { items, page: query.page, pageSize: query.pageSize, total };
}

/** User input inside a $regex matches literally. */
export const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
