import { TenantRepository, TenantScopeError, tenantScopePlugin } from '../src';
import { runtimeEnv, uniqueId } from '@certhub/testing';
import mongoose, { Schema, type Connection, type Model } from 'mongoose';

interface Dossier {
  tenantId: string;
  status: string;
}

class DossierRepository extends TenantRepository<Dossier> {
  constructor(model: Model<Dossier>) {
    super(model);
  }

  countByStatus(tenantId: string) {
    return this.aggregateScoped<{ _id: string; n: number }>(tenantId, [
      { $group: { _id: '$status', n: { $sum: 1 } } },
    ]);
  }
}

describe('tenant scoping in the data layer (real database)', () => {
  let connection: Connection;
  let model: Model<Dossier>;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(runtimeEnv().MONGO_URL, { dbName: uniqueId('scope_') })
      .asPromise();
    const schema = new Schema<Dossier>({ tenantId: { type: String, required: true }, status: String });
    schema.plugin(tenantScopePlugin);
    model = connection.model<Dossier>('Dossier', schema);
    await model.create([
      { tenantId: 'cb-a', status: 'draft' },
      { tenantId: 'cb-a', status: 'submitted' },
      { tenantId: 'cb-b', status: 'draft' },
    ]);
  });

  afterAll(async () => {
    await connection?.dropDatabase();
    await connection?.close();
  });

  it('refuses reads, writes and aggregations that are not scoped to a tenant', async () => {
    await expect(model.find({ status: 'draft' })).rejects.toBeInstanceOf(TenantScopeError);
    await expect(model.countDocuments({})).rejects.toBeInstanceOf(TenantScopeError);
    await expect(model.updateMany({ status: 'draft' }, { status: 'x' })).rejects.toBeInstanceOf(
      TenantScopeError,
    );
    await expect(model.deleteOne({ status: 'draft' })).rejects.toBeInstanceOf(TenantScopeError);
    await expect(model.aggregate([{ $group: { _id: '$status' } }])).rejects.toBeInstanceOf(TenantScopeError);
    expect(await model.countDocuments({ tenantId: 'cb-b' })).toBe(1);
  });

  it('returns only the tenant’s own documents through the repository', async () => {
    const sut = new DossierRepository(model);
    const rows = await sut.countByStatus('cb-a');
    expect(Object.fromEntries(rows.map((r) => [r._id, r.n]))).toEqual({ draft: 1, submitted: 1 });
  });

  it('lets a query span tenants only when it says why', async () => {
    const all = await model.find({}).setOptions({ crossTenant: 'platform statistics' });
    expect(all).toHaveLength(3);
  });
});
