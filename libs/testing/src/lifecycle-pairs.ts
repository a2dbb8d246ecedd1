import { transitionFor, type LifecycleTable } from '@certhub/platform';

/** Where each (status, action) pair of a lifecycle leads: a status, 'same' (it stays) or null (refused). */
export type ExpectedPairs<S extends string, A extends string> = Record<
  S,
  Record<A, S | 'same' | 'decided' | null>
>;

/**
 * One test per (status, action) pair of a lifecycle table against the whole expected matrix, so a
 * pair the table gains or loses without the matrix saying so fails.
 */
export function itLeadsEveryPair<S extends string, A extends string, G extends string, R extends string>(
  table: LifecycleTable<S, A, G, R>,
  expected: ExpectedPairs<S, A>,
): void {
  const pairs = (Object.keys(expected) as S[]).flatMap((status) =>
    (Object.keys(expected[status]) as A[]).map((action) => [status, action] as const),
  );
  it.each(pairs)('%s + %s', (status, action) => {
    const row = transitionFor(table, status, action);
    expect(row ? row.to : null).toBe(expected[status][action]);
  });
}
