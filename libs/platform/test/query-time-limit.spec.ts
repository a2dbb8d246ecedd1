import { runtimeEnv, uniqueId } from '@certhub/testing';
import mongoose, { Schema, type Connection } from 'mongoose';
import { mongooseOptions, readTimeLimitMs } from '../src/mongo/mongo';
import { isStoreUnavailable } from '../src/mongo/store-errors';

/**
 * Every read a service makes carries a server-side time limit below its socket timeout, so the
 * store stops a query that would outlive its caller; a read stopped so answers 503, like an
 * unreachable store. Checked on the commands the driver really sends to the local store.
 */
describe('reads carry a server-side time limit', () => {
  let connection: Connection;
  const sent: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const { connectionFactory, ...options } = mongooseOptions(uniqueId('limits_'), 4_000);
    connection = connectionFactory!(
      mongoose.createConnection(runtimeEnv().MONGO_URL, { ...options, monitorCommands: true }),
      'test',
    ) as Connection;
    await connection.asPromise();
    connection.getClient().on('commandStarted', (event) => sent.push(event.command));
  });
  afterAll(async () => {
    await connection?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });

  it('sends maxTimeMS on finds, counts and aggregations, and keeps a limit the caller set', async () => {
    const Thing = connection.model('Thing', new Schema({ name: String, rank: Number }));
    await Thing.create([
      { name: 'a', rank: 1 },
      { name: 'b', rank: 2 },
    ]);
    sent.length = 0;
    await Thing.find({ rank: { $gte: 1 } }).lean();
    await Thing.countDocuments({ name: 'a' });
    await Thing.aggregate([{ $match: { rank: 2 } }]);
    await Thing.findOne({ name: 'b' }).maxTimeMS(250).lean();
    // distinct carries none: FerretDB v1 refuses the field on it.
    expect((await Thing.distinct('name')).sort()).toEqual(['a', 'b']);
    const limits = Object.fromEntries(
      sent.map((command) => [Object.keys(command)[0], command['maxTimeMS']] as const),
    );
    expect(readTimeLimitMs(4_000)).toBe(3_000);
    expect(sent.filter((c) => 'find' in c).map((c) => c['maxTimeMS'])).toEqual([3_000, 250]);
    expect(limits['aggregate']).toBe(3_000);
    // countDocuments is an aggregation too; both aggregations carry the limit.
    expect(sent.filter((c) => 'aggregate' in c).every((c) => c['maxTimeMS'] === 3_000)).toBe(true);
  });

  it('answers a read the store stopped at its limit as unavailable (503), not as a bug (500)', () => {
    const stopped = Object.assign(new Error('operation exceeded time limit'), {
      name: 'MongoServerError',
      code: 50,
    });
    expect(isStoreUnavailable(stopped)).toBe(true);
    expect(
      isStoreUnavailable(Object.assign(new Error('E11000'), { name: 'MongoServerError', code: 11000 })),
    ).toBe(false);
  });
});
