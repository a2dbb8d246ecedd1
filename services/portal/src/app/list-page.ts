import type { QueryKey } from '@tanstack/react-query';
import { usePageTitle } from '../lib/title';
import { useListSearch, type ListRoute } from './list-navigation';
import { usePageQuery } from './page-query';

/**
 * What every paged list page does first: read its search and page from the URL (`useListSearch`),
 * name itself in the tab, and ask the API for the page shown, keyed by `queryKey` then the search
 * and page (so a changed filter or page asks again while the rows shown stay). `paged` is what
 * `PagedTable` is handed to show the rows and move between pages.
 */
export function useListPage<S extends { page?: number }, T>(
  // The route's own search type names `S`: its hooks, generic, would name it `any`.
  route: ListRoute<NoInfer<S>> & { types: { fullSearchSchema: S } },
  {
    title,
    queryKey,
    pageSize,
    fetch,
    enabled,
  }: {
    title: string;
    queryKey: QueryKey;
    pageSize: number;
    fetch: (
      search: S,
      paging: { page: number; pageSize: number },
    ) => Promise<{ data?: T; error?: unknown; response: Response }>;
    enabled?: boolean;
  },
) {
  const { search, page, nav } = useListSearch<S>(route);
  usePageTitle(title);
  const query = usePageQuery(
    [...queryKey, { ...search, page }],
    () => fetch(search, { page, pageSize }),
    enabled === undefined ? {} : { enabled },
  );
  return { search, nav, query, paged: { query, page, pageSize, onPage: nav.page } };
}
