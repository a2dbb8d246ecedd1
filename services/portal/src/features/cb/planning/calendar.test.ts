import { describe, expect, it } from 'vitest';
import { addMonths, covers, step, visibleDays, weekStart } from './calendar';

describe('planning calendar', () => {
  it('starts weeks on Monday and months on whole weeks', () => {
    expect(weekStart('2026-12-06')).toBe('2026-11-30');
    const month = visibleDays('month', '2026-12-15');
    expect(month[0]).toBe('2026-11-30');
    expect(month.at(-1)).toBe('2027-01-03');
    expect(month.length % 7).toBe(0);
    expect(visibleDays('week', '2026-12-06')).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(visibleDays('list', '2026-02-10')).toHaveLength(28);
  });

  it('steps by month or week, across years', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-01');
    expect(step('month', '2026-12-06', 1)).toBe('2027-01-01');
    expect(step('week', '2026-12-06', -1)).toBe('2026-11-29');
  });

  it('books whole days, both ends included', () => {
    const audit = { startDate: '2026-12-07', endDate: '2026-12-08' };
    expect(['2026-12-06', '2026-12-07', '2026-12-08', '2026-12-09'].map((d) => covers(audit, d))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});
