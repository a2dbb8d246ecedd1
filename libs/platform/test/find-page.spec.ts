import { runtimeEnv, uniqueId } from '@certhub/testing';
import mongoose, { Schema, type Connection, type Model } from 'mongoose';
import { findPage } from '../src/mongo/find-page';
import { TenantScopeError, tenantScopePlugin } from '../src/mongo/tenant-scope';

interface Row {
  _id: string;
  tenantId: string;
  rank: number;
  note: string;
}

/** findPage against the real store, on a tenant-owned collection guarded like every service's. */
describe(findPage.name, () => {
  let connection: Connection;
  let model: Model<Row>;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(runtimeEnv().MONGO_URL, { dbName: uniqueId('findpage_') })
      .asPromise();
    const schema = new Schema<Row>(
      { _id: String, tenantId: String, rank: Number, note: String },
      { versionKey: false },
    );
    schema.plugin(tenantScopePlugin);
    model = connection.model<Row>('Row', schema);
    // Ranks tie in pairs: only the `_id` tie-breaker keeps pages from overlapping.
    await model.insertMany([
      ...Array.from({ length: 7 }, (_, i) => ({ _id: `a${i}`, tenantId: 'a', rank: i >> 1, note: `a${i}` })),
      ...Array.from({ length: 3 }, (_, i) => ({ _id: `b${i}`, tenantId: 'b', rank: i, note: `b${i}` })),
    ]);
  });
  afterAll(async () => {
    await connection?.dropDatabase();
    await connection?.close();
  });

  it('walks the filtered list page by page, each row once, with the total of the filter', async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 4; page += 1) {
      const sut = await findPage(model, { tenantId: 'a' }, { page, pageSize: 2 }, { rank: -1, _id: 1 });
      expect(sut.total).toBe(7);
      seen.push(...sut.items.map((r) => r._id));
    }
    expect(seen).toEqual(['a6', 'a4', 'a5', 'a2', 'a3', 'a0', 'a1']);
  });

  it('reads only the projected fields', async () => {
    const sut = await findPage(
      model,
      { tenantId: 'b' },
      { page: 1, pageSize: 5 },
      { _id: 1 },
      { projection: { note: 0 } },
    );
    expect(sut.items).toEqual([
      { _id: 'b0', tenantId: 'b', rank: 0 },
      { _id: 'b1', tenantId: 'b', rank: 1 },
      { _id: 'b2', tenantId: 'b', rank: 2 },
    ]);
  });

  it('spans tenants only with a stated reason, on the page and on the count alike', async () => {
    await expect(findPage(model, {}, { page: 1, pageSize: 5 }, { _id: 1 })).rejects.toBeInstanceOf(
      TenantScopeError,
    );
    const sut = await findPage(
      model,
      { rank: 0 },
      { page: 1, pageSize: 5 },
      { _id: 1 },
      { crossTenant: 'test: every tenant' },
    );
    expect(sut).toEqual({ items: expect.any(Array), total: 3 });
    expect(sut.items.map((r) => r._id)).toEqual(['a0', 'a1', 'b0']);
  });
});
