import { inForce } from './habilitation-period';

describe(inForce.name, () => {
  const validated = { status: 'validated' as const, startsOn: '2026-01-01', endsOn: '2028-12-31' };

  it('holds from the start date to the end date, both included', () => {
    expect(inForce(validated, '2026-01-01')).toBe(true);
    expect(inForce(validated, '2028-12-31')).toBe(true);
    expect(inForce(validated, '2025-12-31')).toBe(false);
    expect(inForce(validated, '2029-01-01')).toBe(false);
  });

  it('never holds for a request not validated', () => {
    expect(inForce({ ...validated, status: 'pending' }, '2027-01-01')).toBe(false);
    expect(inForce({ ...validated, status: 'rejected' }, '2027-01-01')).toBe(false);
  });
});
