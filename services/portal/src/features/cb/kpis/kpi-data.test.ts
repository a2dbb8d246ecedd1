import { describe, expect, it } from 'vitest';
import {
  auditsPerMonth,
  certificatesByState,
  dossiersByStatus,
  findingsByRequirement,
  leadTimes,
} from './kpi-data';

describe('KPI chart data', () => {
  const statuses = [
    { status: 'certified' as const, count: 3 },
    { status: 'submitted' as const, count: 2 },
    { status: 'certified' as const, count: 1 },
    { status: 'renewal' as const, count: 1 },
    { status: 'suspended' as const, count: 2 },
  ];

  it('sums dossiers per status across CBs and schemes, in the lifecycle’s order', () => {
    expect(dossiersByStatus(statuses, ['draft', 'submitted', 'certified', 'renewal', 'suspended'])).toEqual([
      { status: 'submitted', count: 2 },
      { status: 'certified', count: 4 },
      { status: 'renewal', count: 1 },
      { status: 'suspended', count: 2 },
    ]);
  });

  it('counts certificates as running, suspended, withdrawn or expired from their dossiers', () => {
    expect(certificatesByState(statuses)).toEqual([
      { state: 'active', count: 5 },
      { state: 'suspended', count: 2 },
      { state: 'withdrawn', count: 0 },
      { state: 'expired', count: 0 },
    ]);
  });

  it('weighs the mean lead time by items and never merges two schemes’ percentiles', () => {
    const row = (metric: string, schemeId: string, count: number, avgDays: number, p90Days: number) => ({
      metric,
      schemeId,
      count,
      avgDays,
      p50Days: avgDays,
      p90Days,
    });
    expect(
      leadTimes([row('audit_to_decision', 'amarc', 1, 10, 10), row('audit_to_decision', 'amarc', 3, 2, 4)]),
    ).toEqual([
      {
        key: 'audit_to_decision',
        metric: 'audit_to_decision',
        schemeId: undefined,
        count: 4,
        avgDays: 4,
        p50Days: 10,
        p90Days: 10,
      },
    ]);
    expect(
      leadTimes([
        row('audit_to_decision', 'amarc', 1, 10, 10),
        row('audit_to_decision', 'label', 1, 2, 2),
      ]).map((r) => r.key),
    ).toEqual(['audit_to_decision amarc', 'audit_to_decision label']);
  });

  it('ranks requirements by findings raised, numbers in natural order on a tie', () => {
    const r = (requirementId: string, raised: number) => ({ requirementId, raised, open: 1, overdue: 0 });
    expect(findingsByRequirement([r('2.10', 1), r('2.9', 1), r('1.1', 3), r('1.1', 1)], 2)).toEqual([
      { requirementId: '1.1', raised: 4, open: 2, overdue: 0 },
      { requirementId: '2.9', raised: 1, open: 1, overdue: 0 },
    ]);
  });

  it('puts the months in order, summed over CBs and schemes', () => {
    expect(
      auditsPerMonth([
        { month: '2026-02', count: 1 },
        { month: '2025-12', count: 2 },
        { month: '2026-02', count: 3 },
      ]),
    ).toEqual([
      { month: '2025-12', count: 2 },
      { month: '2026-02', count: 4 },
    ]);
  });
});
