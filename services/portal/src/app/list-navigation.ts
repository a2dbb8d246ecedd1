/** What a list route's `Route.useNavigate()` is asked for: a new search built from the one shown. */
type SearchNavigate<S> = (options: { search: S | ((prev: S) => S) }) => Promise<void>;

/**
 * How a list whose filters and page live in the URL moves: a changed filter starts again at the
 * first page, the page numbers keep the filters, the reset clears them all. `S` is the route's
 * search, named by the caller (the router's navigate takes any).
 */
export function listNavigation<S extends { page?: number } = never>(navigate: SearchNavigate<S>) {
  return {
    set: (patch: Partial<S>) => void navigate({ search: (prev) => ({ ...prev, ...patch, page: undefined }) }),
    page: (page: number) => void navigate({ search: (prev) => ({ ...prev, page }) }),
    reset: () => void navigate({ search: {} as S }),
  };
}

/** How a list moves, handed to its filters by the page that read it. */
export type ListNavigation<S extends { page?: number }> = ReturnType<typeof listNavigation<S>>;

/** A list route, as its page reads it: its search (which names `S`) and how it moves to another. */
export type ListRoute<S> = { useSearch: () => S; useNavigate: () => SearchNavigate<NoInfer<S>> };

/**
 * A list route's search as the URL says it, the page shown (the first when the URL names none),
 * and how the list moves (`listNavigation`).
 */
export function useListSearch<S extends { page?: number }>(route: ListRoute<S>) {
  const search = route.useSearch();
  return { search, page: search.page ?? 1, nav: listNavigation<S>(route.useNavigate()) };
}
