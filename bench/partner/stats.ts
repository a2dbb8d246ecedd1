/** The q-quantile (0..1) of the samples, nearest-rank. */
export function quantile(samples: number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

export interface Figures {
  label: string;
  eventsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  latencySamples: number;
}

export function printFigures(rows: Figures[], rate: number): void {
  const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
  const lines = [
    ['', 'throughput (events/s)', `p50 @ ${rate}/s (ms)`, `p99 @ ${rate}/s (ms)`, 'samples'],
    ...rows.map((r) => [
      r.label,
      fmt(r.eventsPerSecond, 0),
      fmt(r.p50Ms),
      fmt(r.p99Ms),
      String(r.latencySamples),
    ]),
  ];
  const widths = (lines[0] as string[]).map((_, i) => Math.max(...lines.map((l) => (l[i] as string).length)));
  for (const line of lines)
    process.stdout.write(`${line.map((cell, i) => cell.padEnd(widths[i] as number)).join('  ')}\n`);
}

/** Calls `send(i)` `count` times at `rate` per second, on schedule even if a call is slow. */
export async function atFixedRate(
  rate: number,
  count: number,
  send: (i: number) => Promise<void>,
): Promise<void> {
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const due = started + (i * 1_000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(send(i));
  }
  await Promise.all(pending);
}
