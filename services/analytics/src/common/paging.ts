import { slicePage, type Page, type PageQuery } from '@certhub/contracts';
import type { SortSpec } from '@certhub/platform';

type Cell = string | number | null | undefined;

function compare(a: Cell, b: Cell): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  return a < b ? -1 : 1;
}

/**
 * Grouped reports are small (one row per CB, scheme and key) and are sorted and paged in memory;
 * the other columns, in the given order, break ties so pages never overlap.
 */
export function pageRows<T extends object>(
  rows: T[],
  sort: SortSpec,
  tieBreakers: readonly (keyof T & string)[],
  query: PageQuery,
): Page<T> {
  const cell = (row: T, field: string) => (row as Record<string, Cell>)[field];
  const sorted = [...rows].sort(
    (a, b) =>
      sort.direction * compare(cell(a, sort.field), cell(b, sort.field)) ||
      tieBreakers.reduce((order, field) => order || compare(cell(a, field), cell(b, field)), 0),
  );
  return slicePage(sorted, query);
}
