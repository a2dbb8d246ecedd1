import { parseQueueSearch, type QueueSearch } from './queue-search';

/** A work queue's filters kept under a name of the user's: a link to the queue with them in its URL. */
export interface SavedView {
  name: string;
  search: QueueSearch;
}

export const MAX_VIEWS = 20;
export const MAX_NAME = 60;

const storageKey = (userId: string) => `certhub.queue.views.${userId}`;

/** What is worth keeping of a search: its filters and sort, not the page it was on. */
const kept = ({ page: _page, ...search }: QueueSearch): QueueSearch =>
  Object.fromEntries(Object.entries(search).filter(([, v]) => v !== undefined)) as QueueSearch;

/**
 * The user's saved views in this browser. Read as untrusted (another build or a hand wrote them):
 * each search goes through the URL's own parsing, anything else is dropped.
 */
export function readViews(storage: Storage | undefined, userId: string): SavedView[] {
  let raw: unknown;
  try {
    raw = JSON.parse(storage?.getItem(storageKey(userId)) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw
    .flatMap((entry: unknown) => {
      if (typeof entry !== 'object' || entry === null) return [];
      const { name, search } = entry as { name?: unknown; search?: unknown };
      if (typeof name !== 'string' || !name.trim() || typeof search !== 'object' || search === null)
        return [];
      return [
        {
          name: name.trim().slice(0, MAX_NAME),
          search: kept(parseQueueSearch(search as Record<string, unknown>)),
        },
      ];
    })
    .slice(0, MAX_VIEWS);
}

export function writeViews(storage: Storage | undefined, userId: string, views: SavedView[]): void {
  storage?.setItem(storageKey(userId), JSON.stringify(views));
}

/** The view saved under `name` (one of the same name, whatever its case, replaced), first of the list. */
export function withView(views: SavedView[], name: string, search: QueueSearch): SavedView[] {
  const clean = name.trim().slice(0, MAX_NAME);
  const others = views.filter((v) => v.name.toLocaleLowerCase() !== clean.toLocaleLowerCase());
  return [{ name: clean, search: kept(search) }, ...others].slice(0, MAX_VIEWS);
}

export const withoutView = (views: SavedView[], name: string): SavedView[] =>
  views.filter((v) => v.name !== name);
