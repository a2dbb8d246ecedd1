import { countBy, meanDays } from './complaint-statistics.usecase';

describe('the register’s figures', () => {
  const day = (d: string) => new Date(`${d}T00:00:00Z`);

  it('counts rows by a field, absent values under none', () => {
    const rows = [{ s: 'a' }, { s: 'b' }, { s: 'a' }, {}] as { s?: string }[];
    expect(countBy(rows, (r) => r.s)).toEqual({ a: 2, b: 1, none: 1 });
    expect(countBy([], (r: { s?: string }) => r.s)).toEqual({});
  });

  it('averages the days between two dates over the rows that have both, to one decimal', () => {
    const rows = [
      { from: day('2026-01-01'), to: day('2026-01-03') },
      { from: day('2026-01-01'), to: new Date('2026-01-04T12:00:00Z') },
      { from: day('2026-01-01') },
    ] as { from: Date; to?: Date }[];
    expect(
      meanDays(
        rows,
        (r) => r.from,
        (r) => r.to,
      ),
    ).toBe(2.8);
    expect(
      meanDays(
        [rows[2]!],
        (r) => r.from,
        (r) => r.to,
      ),
    ).toBeNull();
  });
});
