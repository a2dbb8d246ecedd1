import type { Query } from 'mongoose';

/**
 * Where a list stops counting its matches. Counting every match costs what the matches cost, not
 * what the page costs (tens of thousands of rows for a CB's open findings): beyond this a list
 * answers `total: 1000, totalIsLowerBound: true` ("1,000+"), which is all a reader of a page needs.
 */
export const LIST_TOTAL_CAP = 1_000;

/** A list's `total`, exact unless `totalIsLowerBound` says the count stopped there. */
export interface ListTotal {
  total: number;
  totalIsLowerBound?: true;
}

/**
 * How far a list's count goes: the cap, or one page past the page asked for when that is further,
 * so that the next page stays reachable from any page.
 */
export function listCountLimit(page: { page: number; pageSize: number }, cap = LIST_TOTAL_CAP): number {
  return Math.max(cap, (page.page + 1) * page.pageSize);
}

/** Runs a list's `countDocuments` up to `listCountLimit` (plus one, to tell "exactly" from "more"). */
export async function cappedTotal(
  count: Query<number, unknown>,
  page: { page: number; pageSize: number },
  cap = LIST_TOTAL_CAP,
): Promise<ListTotal> {
  const limit = listCountLimit(page, cap);
  const counted = await count.limit(limit + 1).exec();
  return counted > limit ? { total: limit, totalIsLowerBound: true } : { total: counted };
}
