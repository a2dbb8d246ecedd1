import { type Principal, type SchemeInput } from '@certhub/contracts';
import { RpcTestClient, TestStack, startService, serviceDatabase } from '@certhub/testing';
import type { Connection } from 'mongoose';
import { LABEL_SCHEME } from '../src/schemes/seed';

const schemeManager: Principal = {
  userId: 'u-scheme-manager',
  tenantType: 'platform',
  tenantId: 'platform',
  roles: ['scheme_manager'],
};
const analyst: Principal = { userId: 'u-analyst', tenantType: 'cb', tenantId: 'cb-demo', roles: ['analyst'] };

/** Start-up seeding and publication against the real store, with two replicas racing to seed. */
describe('schemes in the dossier service', () => {
  let stack: TestStack;
  let rpc: RpcTestClient;
  let db: Connection;

  beforeAll(async () => {
    stack = await TestStack.start([]);
    // Two replicas on the same database and NATS, started together: both seed at once.
    const env = { NATS_URL: stack.nats.url, MONGO_DB_PREFIX: stack.prefix };
    const replicas = await Promise.all([startService('dossier', env), startService('dossier', env)]);
    replicas.forEach((replica, i) => stack.services.set(`dossier-${i}`, replica));
    rpc = await RpcTestClient.connect(stack.nats.url);
    db = await serviceDatabase(stack, 'dossier');
  }, 120_000);

  afterAll(async () => {
    await rpc?.close();
    await db?.close();
    await stack?.stop();
  });

  const schemes = () => db.collection<{ _id: string; title: string }>('schemes');

  it('seeds each version once, even with two replicas starting together', async () => {
    const ids = (
      await schemes()
        .find({}, { projection: { _id: 1 } })
        .toArray()
    )
      .map((d) => d._id)
      .sort();
    expect(ids).toEqual(['amarc@2024.1', 'label-engagement@2024.1']);
  });

  it('never rewrites a published version at a later start', async () => {
    await schemes().updateOne({ _id: 'amarc@2024.1' }, { $set: { title: 'kept as published' } });
    const again = await startService('dossier', { NATS_URL: stack.nats.url, MONGO_DB_PREFIX: stack.prefix });
    await again.stop();
    expect((await schemes().findOne({ _id: 'amarc@2024.1' }))?.title).toBe('kept as published');
    expect(await schemes().countDocuments()).toBe(2);
  });

  it('lets a scheme manager publish a version, refuses other roles and existing versions', async () => {
    const next: SchemeInput = { ...LABEL_SCHEME, version: '2025.1' };
    await expect(rpc.call('dossier.schemes.publish', next, analyst)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(rpc.call('dossier.schemes.publish', next)).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    const published = await rpc.call('dossier.schemes.publish', next, schemeManager);
    expect(published).toMatchObject({ schemeId: 'label-engagement', version: '2025.1', questionCount: 49 });
    await expect(rpc.call('dossier.schemes.publish', next, schemeManager)).rejects.toMatchObject({
      code: 'conflict',
    });
    const latest = await rpc.call('dossier.schemes.get', { schemeId: 'label-engagement' }, analyst);
    expect([latest.version, latest.publishedBy]).toEqual(['2025.1', 'u-scheme-manager']);
  });

  it('refuses a scheme whose questionnaire condition is malformed, naming the field', async () => {
    const broken = structuredClone(LABEL_SCHEME) as unknown as {
      version: string;
      questionnaire: { sections: { questions: Record<string, unknown>[] }[] };
    };
    broken.version = '2025.9';
    const q44 = broken.questionnaire.sections.flatMap((s) => s.questions).find((q) => q['id'] === 'q44');
    if (q44) q44['visibleWhen'] = { questionId: 'q43', equal: true };
    const refused = await rpc
      .call('dossier.schemes.publish', broken as unknown as SchemeInput, schemeManager)
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'validation_failed' });
    expect(JSON.stringify((refused as { details: unknown }).details)).toContain('visibleWhen');
  });
});
