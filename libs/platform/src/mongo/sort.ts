import type { SortValue } from '@certhub/contracts';

/** A mongo sort whose last key breaks ties (see `mongoSort`). */
export type MongoSort = Record<string, 1 | -1>;

export interface SortSpec<F extends string = string> {
  field: F;
  direction: 1 | -1;
}

/** `field` or `-field`, as the list's page-query schema (`sortablePageQuery`) let it through. */
export function parseSort<F extends string>(sort: SortValue<F>): SortSpec<F> {
  return sort.startsWith('-')
    ? { field: sort.slice(1) as F, direction: -1 }
    : { field: sort as F, direction: 1 };
}

/**
 * The mongo sort of a list: `sort`, else `fallback`, with `_id` last so that pages neither repeat
 * nor skip documents whose sorted values tie. `paths` names where a field is stored when that is
 * not its name on the wire.
 */
export function mongoSort<F extends string>(
  sort: SortValue<F> | undefined,
  fallback: SortValue<string>,
  paths: Partial<Record<F, string>> = {},
): MongoSort {
  const { field, direction } = parseSort(sort ?? fallback);
  return { [paths[field as F] ?? field]: direction, _id: 1 };
}
