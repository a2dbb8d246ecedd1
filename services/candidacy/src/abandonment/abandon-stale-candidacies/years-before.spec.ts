import { yearsBefore } from './abandon-stale-candidacies.usecase';

describe(yearsBefore.name, () => {
  it('goes back to the same calendar day and time', () => {
    expect(yearsBefore(new Date('2031-06-15T08:00:00Z'), 5).toISOString()).toBe('2026-06-15T08:00:00.000Z');
  });

  it('takes 29 February back to the 28th of a common year', () => {
    expect(yearsBefore(new Date('2032-02-29T08:00:00Z'), 5).toISOString()).toBe('2027-02-28T08:00:00.000Z');
  });
});
