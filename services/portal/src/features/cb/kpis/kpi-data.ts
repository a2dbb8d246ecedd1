import type { DossierStatus } from '@certhub/contracts';

/**
 * The analytics reports' rows folded into what each chart plots: reports are per CB and scheme,
 * a chart shows one series per measure over the whole selection.
 */
export interface StatusRow {
  status: DossierStatus;
  count: number;
}
export interface LeadTimeRow {
  metric: string;
  schemeId: string;
  count: number;
  avgDays: number;
  p50Days: number;
  p90Days: number;
}
export interface RequirementRow {
  requirementId: string;
  raised: number;
  open: number;
  overdue: number;
}
export interface MonthRow {
  month: string;
  count: number;
}

/** Certificates follow their dossier: running (certified or in renewal), suspended, withdrawn, expired. */
export const CERTIFICATE_STATES = {
  active: ['certified', 'renewal'],
  suspended: ['suspended'],
  withdrawn: ['withdrawn'],
  expired: ['expired'],
} as const satisfies Record<string, readonly DossierStatus[]>;
export type CertificateState = keyof typeof CERTIFICATE_STATES;

function sumBy<T, K extends string>(rows: readonly T[], key: (row: T) => K, value: (row: T) => number) {
  const sums = new Map<K, number>();
  for (const row of rows) sums.set(key(row), (sums.get(key(row)) ?? 0) + value(row));
  return sums;
}

/** Dossiers per status, in the lifecycle's order, statuses with none left out. */
export function dossiersByStatus(rows: readonly StatusRow[], order: readonly DossierStatus[]) {
  const sums = sumBy(
    rows,
    (r) => r.status,
    (r) => r.count,
  );
  return order.filter((s) => sums.get(s)).map((status) => ({ status, count: sums.get(status) as number }));
}

export function certificatesByState(rows: readonly StatusRow[]) {
  return (Object.keys(CERTIFICATE_STATES) as CertificateState[]).map((state) => ({
    state,
    count: rows
      .filter((r) => (CERTIFICATE_STATES[state] as readonly string[]).includes(r.status))
      .reduce((total, r) => total + r.count, 0),
  }));
}

/**
 * One bar group per metric (and scheme, when several are shown: percentiles of two populations do
 * not add up, so they are never merged).
 */
export function leadTimes(rows: readonly LeadTimeRow[]) {
  const schemes = new Set(rows.map((r) => r.schemeId));
  const byKey = new Map<string, LeadTimeRow[]>();
  for (const row of rows) {
    const key = schemes.size > 1 ? `${row.metric} ${row.schemeId}` : row.metric;
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  return [...byKey.entries()].map(([key, group]) => {
    const count = group.reduce((n, r) => n + r.count, 0);
    // Several CBs of one scheme (platform staff): the mean weighs each CB by its items; the
    // percentiles shown are the highest CB's, never a made-up merge.
    return {
      key,
      metric: group[0]?.metric as string,
      schemeId: schemes.size > 1 ? group[0]?.schemeId : undefined,
      count,
      avgDays: count ? round(group.reduce((s, r) => s + r.avgDays * r.count, 0) / count) : 0,
      p50Days: Math.max(...group.map((r) => r.p50Days)),
      p90Days: Math.max(...group.map((r) => r.p90Days)),
    };
  });
}

/** The requirements with most findings raised first, at most `limit` of them. */
export function findingsByRequirement(rows: readonly RequirementRow[], limit = 15) {
  const sums = new Map<string, { requirementId: string; raised: number; open: number; overdue: number }>();
  for (const r of rows) {
    const s = sums.get(r.requirementId) ?? { requirementId: r.requirementId, raised: 0, open: 0, overdue: 0 };
    s.raised += r.raised;
    s.open += r.open;
    s.overdue += r.overdue;
    sums.set(r.requirementId, s);
  }
  return [...sums.values()]
    .sort(
      (a, b) =>
        b.raised - a.raised || a.requirementId.localeCompare(b.requirementId, 'fr', { numeric: true }),
    )
    .slice(0, limit);
}

export function auditsPerMonth(rows: readonly MonthRow[]) {
  const sums = sumBy(
    rows,
    (r) => r.month,
    (r) => r.count,
  );
  return [...sums.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, count]) => ({ month, count }));
}

const round = (days: number) => Math.round(days * 100) / 100;
