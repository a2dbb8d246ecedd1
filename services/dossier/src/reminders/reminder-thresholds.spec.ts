import { horizonOf, thresholdFor } from './reminder-thresholds';

describe('reminder thresholds', () => {
  it('takes the tightest threshold crossed, none before the widest or after the date', () => {
    expect([61, 60, 31, 30, 0, -1].map((d) => thresholdFor('surveillance_audit_due', d))).toEqual([
      undefined,
      60,
      60,
      30,
      30,
      undefined,
    ]);
    expect([8, 7, 2, 1, 0].map((d) => thresholdFor('audit_upcoming', d))).toEqual([undefined, 7, 7, 1, 1]);
    // The renewal window: one reminder (threshold 0) however far the expiry.
    expect([180, 3, 0, -1].map((d) => thresholdFor('renewal_window_open', d))).toEqual([0, 0, 0, undefined]);
  });

  it('looks as far ahead as the widest finite threshold', () => {
    expect(horizonOf('surveillance_audit_due')).toBe(60);
    expect(horizonOf('finding_deadline')).toBe(7);
  });
});
