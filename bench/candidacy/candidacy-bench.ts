import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { Collection, Document } from 'mongodb';
import { BenchStack } from '../dossiers/infra';
import { measure, printRows, type BenchCase, type Row } from '../dossiers/measure';
import { Random } from '../dossiers/random';
import { prefixRange } from '../../services/candidacy/src/candidacy/identity-key';
import { DEMO_PLACE, candidateId, generate } from './generate';

const DB_PREFIX = 'benchcand';
/** The realm's demo establishment user (establishment_admin of est-demo-a). */
const ESTABLISHMENT_USER = 'establishment.a@certhub.local';

interface Sample {
  _id: string;
  reference: string;
  birthName: string;
  firstName: string;
  birthDate: string;
  nameKey: string;
  identityKey: string;
  civility: string;
  bornAbroad: boolean;
  birthCountry?: string;
  birthCity: string;
  birthPostalCode?: string;
}

interface Context {
  candidates: Collection<Document>;
  samples: Sample[];
  /** The sample both sides of a call use: the gateway call first, then the database query, then the next. */
  turn: number;
}

const current = (ctx: Context): Sample => ctx.samples[ctx.turn % ctx.samples.length] as Sample;
/** The database side runs second: it moves to the next person after its query. */
const next = (ctx: Context): Sample => ctx.samples[ctx.turn++ % ctx.samples.length] as Sample;
const LIVE = { deleted: false };
/** What a search answers of a hit (search-candidates.usecase.ts), read from the database. */
const HIT = {
  _id: 1,
  reference: 1,
  birthName: 1,
  firstName: 1,
  birthDate: 1,
  establishmentName: 1,
  status: 1,
  tenantId: 1,
  establishmentId: 1,
  networkId: 1,
};

/** Each row: the gateway call by the establishment user and the query the service makes, on the same person. */
const CASES: BenchCase<Context>[] = [
  {
    label: 'search: birth name + birth date',
    user: ESTABLISHMENT_USER,
    gateway: (ctx) => {
      const s = current(ctx);
      return {
        method: 'GET',
        path: `/api/v1/candidate-search?name=${encodeURIComponent(s.birthName)}&birthDate=${s.birthDate}`,
      };
    },
    database: async (ctx) => {
      const s = next(ctx);
      const hits = await ctx.candidates
        .find({ nameKey: prefixRange(s.nameKey), birthDate: s.birthDate, ...LIVE }, { projection: HIT })
        .limit(21)
        .toArray();
      return hits.length;
    },
  },
  {
    label: 'search: first 4 letters of the name + birth date',
    user: ESTABLISHMENT_USER,
    gateway: (ctx) => {
      const s = current(ctx);
      return {
        method: 'GET',
        path: `/api/v1/candidate-search?name=${encodeURIComponent(s.birthName.slice(0, 4))}&birthDate=${s.birthDate}`,
      };
    },
    database: async (ctx) => {
      const s = next(ctx);
      const hits = await ctx.candidates
        .find(
          { nameKey: prefixRange(s.nameKey.slice(0, 4)), birthDate: s.birthDate, ...LIVE },
          { projection: HIT },
        )
        .limit(21)
        .toArray();
      return hits.length;
    },
  },
  {
    label: 'search: dossier reference',
    user: ESTABLISHMENT_USER,
    gateway: (ctx) => ({
      method: 'GET',
      path: `/api/v1/candidate-search?reference=${current(ctx).reference}`,
    }),
    database: async (ctx) => {
      const hits = await ctx.candidates
        .find({ reference: next(ctx).reference }, { projection: HIT })
        .limit(21)
        .toArray();
      return hits.length;
    },
  },
  {
    label: 'duplicate check: registering a known person (409)',
    user: ESTABLISHMENT_USER,
    gateway: (ctx) => {
      const s = current(ctx);
      return {
        method: 'POST',
        path: '/api/v1/candidates',
        status: 409,
        body: {
          establishmentId: DEMO_PLACE.establishmentId,
          civility: s.civility,
          birthName: s.birthName,
          firstName: s.firstName,
          birthDate: s.birthDate,
          bornAbroad: s.bornAbroad,
          ...(s.bornAbroad ? { birthCountry: s.birthCountry } : { birthPostalCode: s.birthPostalCode }),
          birthCity: s.birthCity,
          registrationStatus: 'job_seeker',
          trainingLevel: 3,
          mainFunder: 'region',
        },
      };
    },
    database: async (ctx) => {
      const found = await ctx.candidates.findOne(
        { identityKey: next(ctx).identityKey, ...LIVE },
        { projection: { _id: 1, reference: 1, establishmentName: 1 } },
      );
      if (!found) throw new Error('the known person is not found');
      return 1;
    },
  },
  {
    label: "list: the establishment's candidates awaiting the final evaluation",
    user: ESTABLISHMENT_USER,
    gateway: () => ({
      method: 'GET',
      path: `/api/v1/candidates?establishmentId=${DEMO_PLACE.establishmentId}&status=awaiting_final_evaluation`,
    }),
    database: async (ctx) => {
      // The establishment user's scope (candidacy-access.ts) and the list's filter, sort and page.
      const filter = {
        $and: [
          {
            tenantId: DEMO_PLACE.establishmentId,
            establishmentId: DEMO_PLACE.establishmentId,
            networkId: DEMO_PLACE.networkId,
          },
          {
            status: { $in: ['awaiting_final_evaluation'] },
            establishmentId: DEMO_PLACE.establishmentId,
            ...LIVE,
          },
        ],
      };
      const [, total] = await Promise.all([
        ctx.candidates
          .find(filter, { projection: { trail: 0, outbox: 0 } })
          .sort({ updatedAt: -1, _id: 1 })
          .limit(20)
          .toArray(),
        ctx.candidates.countDocuments(filter),
      ]);
      return total;
    },
  },
];

/**
 * The individuals' line at scale: candidates over several certifiers and establishments written
 * straight into the candidacy service's database, then the search before a registration, the
 * duplicate check and a list timed through the gateway with a real token, beside the same query
 * on the database in the same run.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      candidates: { type: 'string', default: '20000' },
      certifiers: { type: 'string', default: '5' },
      establishments: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '20261206' },
      repeat: { type: 'string', default: '40' },
      budget: { type: 'string', default: '60' },
      'data-dir': { type: 'string' },
      'no-generate': { type: 'boolean', default: false },
      'no-measure': { type: 'boolean', default: false },
    },
  });
  const n = (key: 'candidates' | 'certifiers' | 'establishments' | 'seed' | 'repeat' | 'budget') =>
    Number(values[key]);
  const size = values['no-generate']
    ? `the candidates kept in ${values['data-dir'] ?? '(no --data-dir)'}`
    : `${n('candidates')} candidates, ${n('certifiers')} certifiers, ${n('establishments')} establishments, seed ${n('seed')}`;
  process.stdout.write(`candidacy bench: ${size}; ${n('repeat')} calls per row\n`);
  const stack = await BenchStack.start(DB_PREFIX, values['data-dir'], {
    database: 'candidacy',
    services: ['identity', 'candidacy', 'gateway'],
  });
  try {
    await stack.connection.asPromise();
    if (!values['no-generate']) {
      const g = await generate(stack.connection, {
        candidates: n('candidates'),
        certifiers: n('certifiers'),
        establishments: n('establishments'),
        seed: n('seed'),
      });
      process.stdout.write(
        `generated ${g.docs} candidates in ${g.seconds.toFixed(0)} s (${(g.docs / g.seconds).toFixed(0)} docs/s; ${g.duplicatesRedrawn} same-person draws redrawn)\n`,
      );
      // Fresh planner statistics after the bulk load (bench/dossiers README: FerretDB runs VACUUM ANALYZE).
      await stack.connection.db?.command({ compact: 'candidates' }).catch(() => undefined);
    }
    if (values['no-measure']) return;
    const gatewayUrl = await stack.startServices();
    const candidates = stack.connection.collection('candidates');
    // People drawn across the whole set by their generated ids (FerretDB v1 has no $sample).
    const count = await candidates.estimatedDocumentCount();
    process.stdout.write(`${count} candidates in the database\n`);
    const random = new Random(n('seed') + 1);
    const ids = Array.from({ length: 200 }, () => candidateId(random.int(0, count - 1)));
    const samples = (await candidates
      .find({ _id: { $in: ids } } as Document, { projection: { trail: 0, outbox: 0 } })
      .toArray()) as unknown as Sample[];
    if (samples.length === 0) throw new Error('no candidate to sample: generate first');
    const ctx: Context = { candidates, samples, turn: 0 };
    const options = { gatewayUrl, users: stack.users, repeat: n('repeat'), budgetSeconds: n('budget') };
    const rows: Row[] = [];
    for (const [i, c] of CASES.entries()) {
      rows.push(await measure(c, ctx, { ...options, warmUp: i === 0 }));
      printRows(rows.slice(-1), false);
    }
    process.stdout.write('\n');
    printRows(rows);
  } finally {
    await stack.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
