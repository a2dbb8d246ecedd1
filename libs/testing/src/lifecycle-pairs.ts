import type { expect as jestExpect, it as jestIt } from '@jest/globals';

// Jest's globals, typed here rather than through the global types: the portal's type check, which
// knows no jest, reads every file of this library (its e2e tests import it).
declare const it: typeof jestIt;
declare const expect: typeof jestExpect;

/** Where each (status, action) pair of a lifecycle leads: a status, 'same' (it stays) or null (refused). */
export type ExpectedPairs<S extends string, A extends string> = Record<
  S,
  Record<A, S | 'same' | 'decided' | null>
>;

/**
 * One test per (status, action) pair of a lifecycle table against the whole expected matrix, so a
 * pair the table gains or loses without the matrix saying so fails. `leadsTo` reads the table
 * (`(s, a) => transitionFor(TABLE, s, a)?.to ?? null`: testing cannot import platform, whose tests
 * import testing).
 */
export function itLeadsEveryPair<S extends string, A extends string>(
  leadsTo: (status: S, action: A) => string | null,
  expected: ExpectedPairs<S, A>,
): void {
  const pairs = (Object.keys(expected) as S[]).flatMap((status) =>
    (Object.keys(expected[status]) as A[]).map((action) => [status, action] as const),
  );
  it.each(pairs)('%s + %s', (status, action) => {
    expect(leadsTo(status, action)).toBe(expected[status][action]);
  });
}
