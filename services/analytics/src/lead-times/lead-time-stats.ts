const DAY_MS = 86_400_000;

export interface LeadTimeSummary {
  count: number;
  avgDays: number;
  p50Days: number;
  p90Days: number;
}

const toDays = (ms: number): number => Math.round(ms / (DAY_MS / 100)) / 100;

/** Nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
export function percentile(sortedAsc: readonly number[], p: number): number {
  if (sortedAsc.length === 0) throw new Error('percentile of no values');
  const rank = Math.max(1, Math.ceil((p / 100) * sortedAsc.length));
  return sortedAsc[rank - 1] as number;
}

export function summarise(durationsMs: readonly number[]): LeadTimeSummary {
  const sorted = [...durationsMs].sort((a, b) => a - b);
  const total = sorted.reduce((sum, ms) => sum + ms, 0);
  return {
    count: sorted.length,
    avgDays: toDays(total / sorted.length),
    p50Days: toDays(percentile(sorted, 50)),
    p90Days: toDays(percentile(sorted, 90)),
  };
}

/**
 * Audit → decision, one item per decision: from the last audit completed since the previous
 * decision (a complementary audit restarts the clock) to the decision. A decision with no audit
 * since the previous one (e.g. a suspension) has no such lead time.
 */
export function decisionLeadTimes(
  auditsCompletedAt: readonly Date[],
  decisionsAt: readonly Date[],
): { decidedAt: Date; ms: number }[] {
  const audits = auditsCompletedAt.map((d) => d.getTime()).sort((a, b) => a - b);
  const decisions = decisionsAt.map((d) => d.getTime()).sort((a, b) => a - b);
  const items: { decidedAt: Date; ms: number }[] = [];
  let previous = -Infinity;
  for (const decided of decisions) {
    const since = audits.filter((audit) => audit > previous && audit <= decided);
    const last = since[since.length - 1];
    if (last !== undefined) items.push({ decidedAt: new Date(decided), ms: decided - last });
    previous = decided;
  }
  return items;
}
