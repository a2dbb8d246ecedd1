/** One page of a paged list as every list operation of the catalogue answers it. */
interface ListPage<T> {
  items: T[];
  pageSize: number;
  total: number;
}

/**
 * The first item of a paged list that `match` accepts, reading one page after the other until the
 * last (at most `maxPages`: a lookup in reference data, never a scan of a growing list); undefined
 * when none does.
 */
export async function findOnPages<T>(
  fetchPage: (page: number) => Promise<ListPage<T>>,
  match: (item: T) => boolean,
  maxPages = 20,
): Promise<T | undefined> {
  for (let page = 1; page <= maxPages; page += 1) {
    const found = await fetchPage(page);
    const item = found.items.find(match);
    if (item) return item;
    if (page * found.pageSize >= found.total) return undefined;
  }
  return undefined;
}
