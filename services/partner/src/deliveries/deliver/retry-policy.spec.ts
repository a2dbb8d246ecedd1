import { retryDelayMs, type RetryPolicy } from './retry-policy';

describe(retryDelayMs.name, () => {
  const policy: RetryPolicy = { maxAttempts: 10, baseMs: 1_000, maxMs: 60_000 };

  it('doubles the ceiling per attempt and draws the delay in its upper half', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(policy, attempt, () => 0))).toEqual([
      500, 1_000, 2_000, 4_000,
    ]);
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(policy, attempt, () => 1))).toEqual([
      1_000, 2_000, 4_000, 8_000,
    ]);
  });

  it('never exceeds the maximum however many attempts', () => {
    expect(retryDelayMs(policy, 30, () => 1)).toBe(60_000);
    expect(retryDelayMs(policy, 30, () => 0)).toBe(30_000);
  });

  it('spreads retries that failed together', () => {
    const delays = new Set(Array.from({ length: 50 }, () => retryDelayMs(policy, 3)));
    expect(delays.size).toBeGreaterThan(40);
    for (const delay of delays) expect(delay).toBeGreaterThanOrEqual(2_000);
  });
});
