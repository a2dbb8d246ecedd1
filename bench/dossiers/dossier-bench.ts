import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { SchemeSchema } from '@certhub/contracts';
import { SEED_SCHEMES } from '../../services/dossier/src/schemes/seed';
import { commandCases, type CommandContext } from './commands';
import { AUDITOR, DEMO_ORG, ORG_ADMIN, dossierModels, generateDataSet, type InsertFigures } from './generate';
import { BenchStack, DATA_OPTIONS } from './infra';
import { measure, printRows, type Row } from './measure';
import { preparedPrefix, type PreparedCommand } from './prepared';
import { SEARCHES, sample, type Models } from './queries';

const DB_PREFIX = 'bench';

/**
 * The dossier service at scale: generates dossiers, audits and findings over several CBs straight
 * into its database, starts gateway, identity and dossier as in production, then times the main
 * searches and two commands through the gateway with real Keycloak tokens, beside the same query
 * on the database in the same run.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      ...DATA_OPTIONS,
      commands: { type: 'string', default: '20' },
      repeat: { type: 'string', default: '20' },
      budget: { type: 'string', default: '60' },
      'no-measure': { type: 'boolean', default: false },
    },
  });
  const n = (key: 'dossiers' | 'findings' | 'cbs' | 'seed' | 'commands' | 'repeat' | 'budget') =>
    Number(values[key]);
  process.stdout.write(
    `dossier bench: ${n('dossiers')} dossiers, ${n('findings')} findings, ${n('cbs')} CBs, seed ${n('seed')}; ` +
      `${n('repeat')} calls per row (budget ${n('budget')} s), ${n('commands')} per command\n`,
  );
  const stack = await BenchStack.start(DB_PREFIX, values['data-dir']);
  const { connection, users } = stack;
  try {
    const [auditorId, orgAdminId] = await Promise.all([AUDITOR, ORG_ADMIN].map((u) => users.userId(u)));
    if (!values['no-generate']) {
      const started = Date.now();
      const { figures } = await generateDataSet(stack, values, n('commands'));
      printInserts(figures, (Date.now() - started) / 1000);
    }
    await connection.asPromise();
    const kind = (await connection.db?.admin().command({ buildInfo: 1 })) as {
      version?: string;
      ferretdbVersion?: string;
    };
    process.stdout.write(
      `database: ${kind.ferretdbVersion ? `FerretDB ${kind.ferretdbVersion} (PostgreSQL)` : `MongoDB ${kind.version}`}\n`,
    );
    // After a bulk load the store's planner still holds the statistics of near-empty tables and
    // scans where an index serves (bench/dossiers README, full size). `compact` refreshes them: on
    // FerretDB on PostgreSQL it runs VACUUM ANALYZE, on MongoDB it is harmless.
    const db = connection.db;
    if (db) {
      const started = Date.now();
      for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
        await db.command({ compact: name }).catch(() => undefined);
      }
      process.stdout.write(
        `statistics refreshed (compact) in ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
      );
    }
    if (values['no-measure']) return;

    const gatewayUrl = await stack.startServices();

    const models = dossierModels(connection);
    const ctx: CommandContext = {
      models,
      today: new Date().toISOString().slice(0, 10),
      auditorId: auditorId as string,
      orgAdminId: orgAdminId as string,
      questionnaire: SchemeSchema.parse(SEED_SCHEMES.find((s) => s.schemeId === 'label-engagement'))
        .questionnaire,
      ...(await sample(models)),
    };
    const options = { gatewayUrl, users, repeat: n('repeat'), budgetSeconds: n('budget') };
    const rows: Row[] = [];
    for (const [i, c] of SEARCHES.entries()) {
      const t = Date.now();
      rows.push(await measure(c, ctx, { ...options, warmUp: i === 0 }));
      // Each row as soon as it is measured: a long run cut short still leaves its figures.
      printRows(rows.slice(-1), false);
      process.stdout.write(`    (${((Date.now() - t) / 1000).toFixed(0)} s)\n`);
    }
    for (const c of commandCases(ctx)) {
      const ids = {
        gateway: await preparedIds(models, c.command as PreparedCommand, 'gateway'),
        database: await preparedIds(models, c.command as PreparedCommand, 'database'),
      };
      rows.push(
        await measure(c, ctx, { ...options, repeat: Math.max(ids.gateway.length, ids.database.length) }, ids),
      );
      printRows(rows.slice(-1), false);
    }
    process.stdout.write('\n');
    printRows(rows);
  } finally {
    await stack.stop();
  }
}

/** The prepared dossiers still unused (a kept --data-dir is measured again with what is left). */
async function preparedIds(
  models: Models,
  command: PreparedCommand,
  side: 'gateway' | 'database',
): Promise<string[]> {
  const docs = await models.dossiers
    .find(
      {
        tenantId: DEMO_ORG,
        reference: { $regex: `^${preparedPrefix(command, side)}` },
        status: command === 'submit' ? 'draft' : 'findings_open',
      },
      { _id: 1 },
    )
    .sort({ reference: 1 })
    .lean()
    .exec();
  const ids = docs.map((d) => d._id);
  if (command === 'submit') return ids;
  // FerretDB v1 knows no $elemMatch: the ready items are checked here.
  const findings = await models.findings
    .find({ tenantId: DEMO_ORG, dossierId: { $in: ids }, open: true }, { dossierId: 1, items: 1 })
    .lean()
    .exec();
  const ready = new Set(
    findings
      .filter((f) => f.items.some((i) => i.kind === 'measure' && i.status === 'draft' && i.ready))
      .map((f) => f.dossierId),
  );
  return ids.filter((id) => ready.has(id));
}

function printInserts(figures: InsertFigures[], seconds: number): void {
  process.stdout.write(
    `generated in ${seconds.toFixed(0)} s (insert time per collection, one insertMany in flight):\n`,
  );
  for (const f of figures) {
    const rate = f.seconds ? f.docs / f.seconds : 0;
    process.stdout.write(
      `  ${f.collection.padEnd(9)} ${String(f.docs).padStart(8)} docs  ${f.seconds.toFixed(0).padStart(5)} s  ${rate.toFixed(0).padStart(6)} docs/s  ~${f.avgKb.toFixed(1)} KB/doc (JSON)\n`,
    );
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
