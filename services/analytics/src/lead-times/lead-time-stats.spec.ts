import { decisionLeadTimes, percentile, summarise } from './lead-time-stats';

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);

describe(summarise.name, () => {
  it('gives count, mean and nearest-rank percentiles in days with two decimals', () => {
    const hours = (h: number) => h * 3_600_000;
    const sut = summarise([hours(24), hours(48), hours(12), hours(96), hours(36)]);
    expect(sut).toEqual({ count: 5, avgDays: 1.8, p50Days: 1.5, p90Days: 4 });
  });

  it('takes the value itself for a single item', () => {
    expect(summarise([86_400_000 / 3])).toEqual({ count: 1, avgDays: 0.33, p50Days: 0.33, p90Days: 0.33 });
  });
});

describe(percentile.name, () => {
  it('uses the nearest rank, never interpolating', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 90)).toBe(9);
    expect(percentile(values, 91)).toBe(10);
    expect(() => percentile([], 50)).toThrow();
  });
});

describe(decisionLeadTimes.name, () => {
  it('measures each decision from the last audit completed since the previous decision', () => {
    const sut = decisionLeadTimes(
      // initial audit, a complementary audit after the first decision, then a surveillance audit
      [day(30), day(10), day(12), day(50)],
      [day(40), day(20), day(45)],
    );
    expect(sut).toEqual([
      { decidedAt: day(20), ms: 8 * 86_400_000 },
      { decidedAt: day(40), ms: 10 * 86_400_000 },
    ]);
  });

  it('gives nothing for decisions without an audit before them', () => {
    expect(decisionLeadTimes([], [day(3)])).toEqual([]);
    expect(decisionLeadTimes([day(5)], [day(3)])).toEqual([]);
  });
});
