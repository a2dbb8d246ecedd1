import { runtimeEnv, uniqueId } from '@certhub/testing';
import mongoose, { Schema, type Connection } from 'mongoose';
import { cappedTotal, listCountLimit } from '../src/mongo/list-total';

/** A list's total stops counting at a cap (here 4 instead of 1,000) and says so. */
describe('list totals capped', () => {
  let connection: Connection;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(runtimeEnv().MONGO_URL, { dbName: uniqueId('totals_') })
      .asPromise();
  });
  afterAll(async () => {
    await connection?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });

  it('is exact up to the cap, a lower bound past it, and always reaches one page past the one asked for', async () => {
    const Thing = connection.model('Thing', new Schema({ status: String, rank: Number }));
    await Thing.create(Array.from({ length: 9 }, (_, rank) => ({ status: rank < 3 ? 'a' : 'b', rank })));
    const count = (filter: Record<string, unknown>) => Thing.countDocuments(filter);

    expect(await cappedTotal(count({ status: 'a' }), { page: 1, pageSize: 2 }, 4)).toEqual({ total: 3 });
    expect(await cappedTotal(count({ status: 'b' }), { page: 1, pageSize: 2 }, 4)).toEqual({
      total: 4,
      totalIsLowerBound: true,
    });
    // Exactly the cap: not a lower bound.
    expect(await cappedTotal(count({ rank: { $lt: 4 } }), { page: 1, pageSize: 2 }, 4)).toEqual({ total: 4 });
    // Page 3 of 2: counted up to page 4, so the next page shows.
    expect(listCountLimit({ page: 3, pageSize: 2 }, 4)).toBe(8);
    expect(await cappedTotal(count({}), { page: 3, pageSize: 2 }, 4)).toEqual({
      total: 8,
      totalIsLowerBound: true,
    });
    expect(await cappedTotal(count({}), { page: 4, pageSize: 2 }, 4)).toEqual({ total: 9 });
  });
});
