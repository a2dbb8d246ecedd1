import { runtimeEnv, uniqueId } from '@certhub/testing';
import { Query } from 'mingo';
import { MongoClient, ObjectId, type Collection, type Document, type Filter } from 'mongodb';

/**
 * The local store (FerretDB, patched to push filters, sorts, limits and counts down to PostgreSQL:
 * infra/local/ferretdb/README.md) must answer like MongoDB for the query shapes the services use.
 * Each query runs on documents holding every kind of value in the queried fields (strings, dates,
 * numbers, booleans, null, arrays, ObjectIDs, sub-documents, missing fields); the answer is compared
 * with mingo's, an implementation of MongoDB's query language in memory.
 */
const LONG = 'p'.repeat(40);

describe('the store answers pushed-down queries like MongoDB', () => {
  let client: MongoClient;
  let collection: Collection;
  const docs: Document[] = [];

  beforeAll(async () => {
    client = await MongoClient.connect(runtimeEnv().MONGO_URL);
    collection = client.db(uniqueId('queries_')).collection('docs');
    const values: unknown[] = [
      '2026-01-01',
      '2026-06-30',
      '2025-12-31',
      'b',
      'a',
      '',
      'é',
      'Z',
      true,
      false,
      1,
      2.5,
      -3,
      new Date('2026-03-01T00:00:00Z'),
      null,
      ['2026-02-01', 'x'],
      [1, 5],
      [],
      ['a'],
      [new Date('2026-01-01T00:00:00Z')],
      new ObjectId('65a1b2c3d4e5f60718293a4b'),
      { x: 1 },
      [{ x: 1 }, 'a'],
      // The store's copy of the top-level fields cuts strings at 40 characters: these share that
      // prefix, one is exactly that long.
      LONG,
      `${LONG}b`,
      `${LONG}a`.repeat(2),
      [`${LONG}a`, 'a'],
      undefined,
    ];
    const statuses = ['pending', 'cancelled', 'planned', undefined, ['pending', 'x']];
    let n = 0;
    for (const v of values) {
      for (const status of statuses) {
        const doc: Document = { _id: `d${String(n).padStart(3, '0')}`, rank: n % 7 };
        if (v !== undefined) doc.v = v;
        if (status !== undefined) doc.status = status;
        docs.push(doc);
        n += 1;
      }
    }
    await collection.insertMany(docs);
  });

  afterAll(async () => {
    await collection?.drop().catch(() => undefined);
    await client?.close();
  });

  const filters: Filter<Document>[] = [
    { v: { $lt: '2026-02-01' } },
    { v: { $gte: '2026-01-01' } },
    { v: { $gt: 'a', $lte: 'b' } },
    { v: { $lte: '' } },
    { v: { $gt: 2 } },
    { v: { $lt: 1 } },
    { v: { $gte: new Date('2026-01-01T00:00:00Z') } },
    { v: { $lt: new Date('2026-02-01T00:00:00Z') } },
    { status: { $nin: ['pending', 'cancelled'] } },
    { status: { $ne: 'pending' } },
    { v: { $ne: true } },
    { v: { $nin: ['a', 'x'] } },
    { v: { $exists: true } },
    { status: { $exists: false } },
    { $and: [{ status: { $nin: ['pending'] } }, { v: { $gte: '2026' } }] },
    { status: 'planned', v: { $gte: '2026-01-01', $lte: '2026-12-31' } },
    { $and: [{ status: { $in: ['planned', 'x'] } }, { rank: { $gte: 3 } }] },
    // A condition the store cannot push down, followed by one it can: the first must not leave a
    // gap in the SQL parameters (it did: "could not determine data type of parameter $4").
    { $and: [{ v: { $in: [1, null] } }, { rank: { $gte: 3 } }] },
    { $and: [{ v: { $gte: '65a1b2c3d4e5f60718293a4b' } }, { rank: { $gt: 1 } }] },
    { status: { $in: ['planned', null] } },
    { $or: [{ status: 'planned' }, { status: { $exists: false } }] },
    // How an access rule leaves statuses out: pushed down as $nin, exactly.
    { $nor: [{ status: 'pending' }, { status: 'cancelled' }] },
    { $nor: [{ status: { $in: ['planned', 'x'] } }, { v: { $eq: 'a' } }], v: { $exists: true } },
    { $and: [{ status: { $ne: 'planned' } }, { $nor: [{ v: true }] }] },
    // A branch that cannot be pushed down: the rest still narrows, the store filters again.
    { $nor: [{ v: 'a' }, { rank: { $gt: 3 } }] },
    // Strings as long as the cut or longer, and short ones compared with cut ones.
    { v: `${LONG}b` },
    { v: LONG },
    { v: { $in: [`${LONG}a`.repeat(2), 'a'] } },
    { v: { $nin: [LONG, 'b'] } },
    { status: 'planned', v: { $ne: `${LONG}b` } },
    { v: { $gt: 'p'.repeat(39) } },
    { v: { $lt: 'p'.repeat(41) } },
    { status: 'pending', v: { $gte: 'ppp', $lt: 'q' } },
  ];
  interface Page {
    sort?: { rank: 1; _id: 1 } | { _id: -1 };
    skip?: number;
    limit?: number;
  }
  const pages: Page[] = [
    {},
    { sort: { rank: 1, _id: 1 }, limit: 3 },
    { sort: { _id: -1 }, skip: 2, limit: 4 },
  ];

  it.each(filters.map((filter) => [JSON.stringify(filter), filter]))(
    '%s: same documents, pages and count',
    async (_, filter) => {
      const expected = new Query(filter as Record<string, unknown>).find(docs).all() as Document[];
      expect(await collection.countDocuments(filter)).toBe(expected.length);
      // A list's total that stops counting at a cap (cappedTotal).
      expect(await collection.countDocuments(filter, { limit: 4 })).toBe(Math.min(expected.length, 4));
      for (const page of pages) {
        const ids = (await collection.find(filter, { ...page }).toArray()).map((d) => String(d._id));
        let want = expected.map((d) => d._id as string);
        const sort = page.sort;
        if (sort) {
          const byRank = (id: string) => docs.find((d) => d._id === id)!.rank as number;
          want = want.sort((a, b) =>
            'rank' in sort ? byRank(a) - byRank(b) || a.localeCompare(b) : b.localeCompare(a),
          );
          want = want.slice(page.skip ?? 0, (page.skip ?? 0) + (page.limit ?? want.length));
          expect(ids).toEqual(want);
        } else {
          expect([...ids].sort()).toEqual(want.sort());
        }
      }
    },
  );

  it('pages sorted on strings longer than the cut in their whole order', async () => {
    const names = ['b', LONG, `${LONG}c`, `${LONG}a`, `${LONG}b`.repeat(2), 'a'.repeat(60), 'q'];
    const sorted = client
      .db(uniqueId('queries_'))
      .collection<{ _id: string; status: string; name: string }>('docs');
    await sorted.insertMany(names.map((name, i) => ({ _id: `n${i}`, status: 'planned', name })));
    try {
      const byName = [...names].sort();
      for (const [direction, want] of [
        [1, byName],
        [-1, [...byName].reverse()],
      ] as const) {
        for (const skip of [0, 1, 2, 3]) {
          const page = await sorted
            .find({ status: 'planned' }, { sort: { name: direction }, skip, limit: 2 })
            .toArray();
          expect(page.map((d) => d.name)).toEqual(want.slice(skip, skip + 2));
        }
      }
    } finally {
      await sorted.drop();
    }
  });
});
