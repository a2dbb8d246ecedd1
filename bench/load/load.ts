import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { AUDITOR, dossierModels, generateDataSet } from '../dossiers/generate';
import { BenchStack, DATA_OPTIONS } from '../dossiers/infra';
import { callGateway, quantile } from '../dossiers/measure';
import { SEARCHES, sample, type Case, type QueryContext } from '../dossiers/queries';

const DB_PREFIX = 'bench';

/** The reads people make all day (the dossier bench's searches that have a gateway route). */
const READS = SEARCHES.filter((c) => c.gateway);

interface Side {
  label: string;
  ms: number[];
  /** Each read's own timings: which reads of the mix cost the most. */
  byRead: Map<string, number[]>;
  errors: Map<string, number>;
  seconds: number;
}

/**
 * Many people reading at once: `--clients` concurrent clients, each with its user's real token,
 * call the searches of the dossier bench in turn for `--seconds` through the gateway; then the same
 * number of clients run the same queries straight on the database for as long. Prints throughput,
 * p50/p95/p99 and errors of both, side by side, from the same run on the same data.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      ...DATA_OPTIONS,
      dossiers: { type: 'string', default: '100000' },
      findings: { type: 'string', default: '100000' },
      clients: { type: 'string', default: '20' },
      seconds: { type: 'string', default: '60' },
    },
  });
  const n = (key: 'dossiers' | 'findings' | 'cbs' | 'seed' | 'clients' | 'seconds') => Number(values[key]);
  process.stdout.write(
    `load bench: ${n('clients')} clients × ${n('seconds')} s, ${n('dossiers')} dossiers, ${n('findings')} findings, ${n('cbs')} CBs\n`,
  );
  const stack = await BenchStack.start(DB_PREFIX, values['data-dir']);
  const { connection, users } = stack;
  try {
    const auditorId = await users.userId(AUDITOR);
    if (!values['no-generate']) {
      const t0 = Date.now();
      await generateDataSet(stack, values);
      process.stdout.write(`generated in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
    }
    await connection.asPromise();
    const gatewayUrl = await stack.startServices();

    const models = dossierModels(connection);
    const ctx: QueryContext = {
      models,
      today: new Date().toISOString().slice(0, 10),
      auditorId,
      ...(await sample(models)),
    };
    // Tokens are fetched before the clock starts (Users keeps them 2 minutes; they live 5), one
    // login per user: twenty clients logging the same user in at once is not what is measured.
    for (const user of new Set(READS.map((c) => c.user))) await users.token(user);
    const options = { gatewayUrl, users, repeat: 1, budgetSeconds: 0 };
    const gateway = await drive('gateway', n('clients'), n('seconds'), async (c) =>
      callGateway(c, ctx, options, await users.token(c.user)),
    );
    const database = await drive('database', n('clients'), n('seconds'), (c) => c.database(ctx));
    print([gateway, database]);
  } finally {
    await stack.stop();
  }
}

/** `clients` loops for `seconds`, each calling the reads in turn from its own starting point. */
async function drive(
  label: string,
  clients: number,
  seconds: number,
  call: (c: Case) => Promise<unknown>,
): Promise<Side> {
  const side: Side = {
    label,
    ms: [],
    byRead: new Map(READS.map((r) => [r.label, []])),
    errors: new Map(),
    seconds,
  };
  const started = Date.now();
  const until = started + seconds * 1000;
  process.stdout.write(`${label}: ${clients} clients for ${seconds} s …\n`);
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = client; Date.now() < until; i++) {
        const read = READS[i % READS.length] as Case;
        const t0 = performance.now();
        try {
          await call(read);
          const ms = performance.now() - t0;
          side.ms.push(ms);
          side.byRead.get(read.label)?.push(ms);
        } catch (error) {
          const key = `${read.label}: ${(error instanceof Error ? error.message : String(error)).slice(0, 80)}`;
          side.errors.set(key, (side.errors.get(key) ?? 0) + 1);
        }
      }
    }),
  );
  // Calls in flight at the deadline are waited for: throughput is over the whole time taken.
  side.seconds = (Date.now() - started) / 1000;
  return side;
}

function print(sides: Side[]): void {
  const fmt = (v: number) => (Number.isFinite(v) ? v.toFixed(v >= 100 ? 0 : 1) : '-');
  process.stdout.write(
    `\n${''.padEnd(10)}${'requests'.padStart(10)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'errors'.padStart(8)}\n`,
  );
  for (const s of sides) {
    const errors = [...s.errors.values()].reduce((a, b) => a + b, 0);
    process.stdout.write(
      `${s.label.padEnd(10)}${String(s.ms.length + errors).padStart(10)}${fmt(s.ms.length / s.seconds).padStart(9)}` +
        `${fmt(quantile(s.ms, 0.5)).padStart(9)}${fmt(quantile(s.ms, 0.95)).padStart(9)}${fmt(quantile(s.ms, 0.99)).padStart(9)}${String(errors).padStart(8)}\n`,
    );
    for (const [what, count] of s.errors) process.stdout.write(`    ${count} × ${what}\n`);
  }
  process.stdout.write(
    `\n${'p50 ms by read'.padEnd(48)}${sides.map((s) => s.label.padStart(10)).join('')}\n`,
  );
  for (const read of READS) {
    const p50s = sides.map((s) => fmt(quantile(s.byRead.get(read.label) ?? [], 0.5)).padStart(10));
    process.stdout.write(`${read.label.padEnd(48)}${p50s.join('')}\n`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
