import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { unwrap } from '../api/client';

/**
 * One page of a list from the API: the page shown stays (marked busy) while the next page or
 * filter loads, instead of a skeleton flashing at each step.
 */
export function usePageQuery<T>(
  queryKey: QueryKey,
  fetch: () => Promise<{ data?: T; error?: unknown; response: Response }>,
  options: { enabled?: boolean; staleTime?: number } = {},
) {
  return useQuery({
    queryKey,
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(fetch()),
    ...options,
  });
}
