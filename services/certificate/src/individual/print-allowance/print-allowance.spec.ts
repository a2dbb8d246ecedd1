import { printPeriod } from './print-allowance';

describe('printPeriod', () => {
  it('names the UTC calendar month and the day the next one opens', () => {
    expect(printPeriod(new Date('2026-12-06T08:45:00Z'))).toEqual({
      period: '2026-12',
      nextPeriodOn: '2027-01-01',
    });
    // Late on the last day in Paris is already the next month's first day in UTC only after midnight UTC.
    expect(printPeriod(new Date('2026-01-31T23:59:59Z'))).toEqual({
      period: '2026-01',
      nextPeriodOn: '2026-02-01',
    });
  });
});
