import type { Users } from './infra';

export interface GatewayRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  /** The answer that means the call did what is measured, when it is not a 2xx (a refused duplicate: 409). */
  status?: number;
}

/** One measured row: the gateway request and the same query (filter, projection, sort, page) on the database. */
export interface BenchCase<C> {
  label: string;
  user: string;
  /** Absent: a database-only row (what the service does on its own, e.g. the outbox relay's poll). */
  gateway?: (ctx: C, id?: string) => GatewayRequest;
  /** Resolves to the number of matches (the `total` the gateway answers) for searches. */
  database: (ctx: C, id?: string) => Promise<number>;
  /** Commands consume one prepared record per call. */
  command?: string;
}

interface Samples {
  ms: number[];
  errors: number;
  lastError?: string;
  total?: number;
}

export interface Row {
  label: string;
  gateway?: Samples;
  database: Samples;
}

export interface MeasureOptions {
  gatewayUrl: string;
  users: Users;
  repeat: number;
  /** A row stops after this many seconds once it has 3 samples per side (slow rows on big data sets). */
  budgetSeconds: number;
  warmUp?: boolean;
}

/**
 * Runs one row: the gateway call and the database query alternately (load and caches then weigh on
 * both alike), after one unmeasured call of each for searches. Commands consume one prepared
 * dossier per call and stop when none is left.
 */
export async function measure<C>(
  c: BenchCase<C>,
  ctx: C,
  options: MeasureOptions,
  ids?: { gateway: string[]; database: string[] },
): Promise<Row> {
  const row: Row = {
    label: c.label,
    database: { ms: [], errors: 0 },
    ...(c.gateway ? { gateway: { ms: [], errors: 0 } } : {}),
  };
  // One unmeasured call first (JWKS fetch, connections): FerretDB has no cache to warm, so only
  // the first row needs it, which keeps slow rows affordable.
  if (options.warmUp && !c.command) {
    await callGateway(c, ctx, options, await options.users.token(c.user)).catch(() => undefined);
    await c.database(ctx).catch(() => undefined);
  }
  const started = Date.now();
  for (let i = 0; i < options.repeat; i++) {
    if (i >= 3 && Date.now() - started > options.budgetSeconds * 1000) break;
    if (row.gateway) {
      const id = ids ? ids.gateway[i] : undefined;
      const token = await options.users.token(c.user);
      if (!ids || id) await timed(row.gateway, () => callGateway(c, ctx, options, token, id));
    }
    const id = ids ? ids.database[i] : undefined;
    if (!ids || id) await timed(row.database, () => c.database(ctx, id));
  }
  return row;
}

async function timed(samples: Samples, run: () => Promise<number | undefined>): Promise<void> {
  const t0 = performance.now();
  try {
    const total = await run();
    samples.ms.push(performance.now() - t0);
    if (total !== undefined) samples.total = total;
  } catch (error) {
    samples.errors += 1;
    samples.lastError = error instanceof Error ? error.message : String(error);
  }
}

/** One HTTP call with the user's real token (fetched before the clock starts); resolves to the page's `total`. */
export async function callGateway<C>(
  c: BenchCase<C>,
  ctx: C,
  options: MeasureOptions,
  token: string,
  dossierId?: string,
): Promise<number | undefined> {
  if (!c.gateway) return undefined;
  const request = c.gateway(ctx, dossierId);
  const res = await fetch(`${options.gatewayUrl}${request.path}`, {
    method: request.method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await res.text();
  if (request.status ? res.status !== request.status : !res.ok)
    throw new Error(`${request.method} ${request.path}: ${res.status} ${text.slice(0, 300)}`);
  if (!res.ok) return undefined;
  const body = JSON.parse(text) as { total?: number };
  return body.total;
}

/** The q-quantile (0..1) of the samples, nearest-rank. */
export function quantile(samples: number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

const fmt = (n: number) => (Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n.toFixed(1)) : '-');

export function printRows(rows: Row[], withHeader = true): void {
  const header = [
    '',
    'matches',
    'gw p50 ms',
    'gw p95 ms',
    'gw n/err',
    'db p50 ms',
    'db p95 ms',
    'db n/err',
    'gw/db p50',
  ];
  const lines = rows.map((r) => {
    const g = r.gateway;
    const d = r.database;
    const matches =
      g?.total !== undefined && d.total !== undefined && g.total !== d.total
        ? `${g.total}≠${d.total}`
        : String(g?.total ?? d.total ?? '-');
    const ratio = g ? quantile(g.ms, 0.5) / quantile(d.ms, 0.5) : Number.NaN;
    return [
      r.label,
      matches,
      g ? fmt(quantile(g.ms, 0.5)) : '-',
      g ? fmt(quantile(g.ms, 0.95)) : '-',
      g ? `${g.ms.length}/${g.errors}` : '-',
      fmt(quantile(d.ms, 0.5)),
      fmt(quantile(d.ms, 0.95)),
      `${d.ms.length}/${d.errors}`,
      Number.isFinite(ratio) ? `${ratio.toFixed(1)}×` : '-',
    ];
  });
  const all = [header, ...lines];
  const widths = header.map((_, i) => Math.max(...all.map((l) => (l[i] as string).length)));
  for (const line of withHeader ? all : lines)
    process.stdout.write(
      `${line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number))).join('  ')}\n`,
    );
  for (const r of rows) {
    if (r.gateway?.lastError)
      process.stdout.write(`  ${r.label} — last gateway error: ${r.gateway.lastError}\n`);
    if (r.database.lastError)
      process.stdout.write(`  ${r.label} — last database error: ${r.database.lastError}\n`);
  }
}
