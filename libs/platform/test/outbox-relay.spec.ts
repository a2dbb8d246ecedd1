import { Module, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { eventSubject, newCloudEvent, type CloudEvent, type Principal } from '@certhub/contracts';
import {
  EventPublisher,
  NatsService,
  OutboxModule,
  OutboxRelay,
  PlatformModule,
  pushEvents,
  tenantScopePlugin,
} from '../src';
import {
  PrivateComponent,
  RpcTestClient,
  natsAuth,
  runtimeEnv,
  startService,
  uniqueId,
  waitFor,
  type ServiceProcess,
} from '@certhub/testing';
import { Schema, type Model } from 'mongoose';
import { JSONCodec } from 'nats';

interface Aggregate {
  _id: string;
  tenantId: string;
  status: string;
  outbox: CloudEvent[];
}

const AggregateSchema = new Schema<Aggregate>({ _id: String, tenantId: String, status: String });
AggregateSchema.plugin(tenantScopePlugin);

/** One declaration: the schema gets its outbox, the model is registered and the relay watches it. */
@Module({ imports: [OutboxModule.forFeature([{ name: 'Aggregate', schema: AggregateSchema }])] })
class AggregatesModule {}

const createdEvent = (tenantId: string, dossierId: string) =>
  newCloudEvent(
    'certhub.dossier.created.v1',
    { dossierId, organisationId: 'org-1', schemeId: 'amarc', reference: 'D-0001' },
    { source: 'certhub/test', tenantId, partitionKey: dossierId },
  );

describe('outbox → JetStream → durable idempotent consumer in another process', () => {
  const env = runtimeEnv();
  const namespace = uniqueId('ns');
  let app: INestApplication;
  let rpc: RpcTestClient;
  let analytics: ServiceProcess;
  let model: Model<Aggregate>;
  // A private NATS: the analytics queue group and a fresh durable replaying the shared stream
  // would otherwise tie this test to whatever other suites published.
  let nats: PrivateComponent;

  beforeAll(async () => {
    nats = await PrivateComponent.start('nats');
    analytics = await startService('analytics', { MONGO_DB_PREFIX: namespace, NATS_URL: nats.url });
    const moduleRef = await Test.createTestingModule({
      imports: [
        PlatformModule.forRoot({
          service: 'dossier',
          namespace,
          logLevel: 'warn',
          config: {},
          natsUrl: nats.url,
          natsAuth: natsAuth('dossier', nats.url),
          mongo: { url: env.MONGO_URL, dbName: `${namespace}_dossier` },
        }),
        AggregatesModule,
      ],
    }).compile();
    app = moduleRef.createNestApplication();
    await app.init();
    model = app.get<Model<Aggregate>>('AggregateModel');
    rpc = await RpcTestClient.connect(nats.url);
  });

  afterAll(async () => {
    await rpc?.close();
    await app?.close();
    await analytics?.stop();
    nats?.stop();
  });

  const countsFor = async (tenantId: string) => {
    const principal: Principal = { userId: 'u1', tenantType: 'cb', tenantId, roles: ['cb_admin'] };
    return (await rpc.call('analytics.event-counts', {}, principal)).counts;
  };

  it('publishes a state change’s event once and the consumer applies it once, even when delivered twice', async () => {
    const tenantId = uniqueId('cb');
    const dossierId = uniqueId('d');
    const event = createdEvent(tenantId, dossierId);
    // The state and its event are one document write.
    await model.create({ _id: dossierId, tenantId, status: 'draft', outbox: [event] });

    await waitFor('the relay to empty the outbox', async () => {
      const doc = await model.findOne({ _id: dossierId, tenantId }).lean();
      return doc?.outbox.length === 0;
    });
    await waitFor('analytics to count the event', async () => (await countsFor(tenantId))[event.type] === 1);

    // A second delivery of the same CloudEvent (another Nats-Msg-Id, so JetStream keeps it).
    const publisher = app.get(NatsService);
    await publisher.js.publish(eventSubject('certhub.dossier.created.v1'), JSONCodec().encode(event), {
      msgID: `${event.id}-redelivered`,
    });
    await waitFor('analytics to see the duplicate', async () => {
      const metrics = await (await fetch(`${analytics.url}/metrics`)).text();
      return /certhub_events_consumed_total\{[^}]*outcome="duplicate"[^}]*\} [1-9]/.test(metrics);
    });
    expect((await countsFor(tenantId))[event.type]).toBe(1);
  });

  it('lets JetStream drop an event the relay publishes twice (crash between publish and removal)', async () => {
    const event = createdEvent(uniqueId('cb'), uniqueId('d'));
    const publisher = app.get(EventPublisher);
    expect((await publisher.publish(event)).duplicate).toBe(false);
    expect((await publisher.publish(event)).duplicate).toBe(true);
  });

  it('keeps events in the outbox, in order, and relays them with the state change that caused them', async () => {
    const tenantId = uniqueId('cb');
    const dossierId = uniqueId('d');
    await model.create({ _id: dossierId, tenantId, status: 'draft', outbox: [] });
    const submitted = newCloudEvent(
      'certhub.dossier.submitted.v1',
      {
        dossierId,
        organisationId: 'org-1',
        schemeId: 'amarc',
        submittedBy: 'u1',
        submittedAt: new Date().toISOString(),
      },
      { source: 'certhub/test', tenantId },
    );
    await model.updateOne(
      { _id: dossierId, tenantId },
      { $set: { status: 'submitted' }, ...pushEvents(createdEvent(tenantId, dossierId), submitted) },
    );
    // No nudge: the write itself wakes the relay (the hooks OutboxModule.forFeature adds).
    await waitFor('analytics to count both events', async () => {
      const counts = await countsFor(tenantId);
      return counts['certhub.dossier.created.v1'] === 1 && counts['certhub.dossier.submitted.v1'] === 1;
    });
    const doc = await model.findOne({ _id: dossierId, tenantId }).lean();
    expect(doc).toMatchObject({ status: 'submitted', outbox: [] });
    expect(doc).not.toHaveProperty('outboxPending');
  });

  it('marks every write that queues events, so the relay finds them by one indexed field', async () => {
    const tenantId = uniqueId('cb');
    const ids = [uniqueId('d'), uniqueId('d'), uniqueId('d')];
    await app.get(OutboxRelay).onApplicationShutdown(); // hold the relay: look at the marks it reads
    await model.create({ _id: ids[0], tenantId, status: 'draft', outbox: [createdEvent(tenantId, ids[0])] });
    await model.insertMany([
      { _id: ids[1], tenantId, status: 'draft', outbox: [createdEvent(tenantId, ids[1])] },
    ]);
    await model.create({ _id: ids[2], tenantId, status: 'draft', outbox: [] });
    await model.updateOne({ _id: ids[2], tenantId }, pushEvents(createdEvent(tenantId, ids[2])));
    const marked = await model.find({ tenantId, outboxPending: true }, { _id: 1 }).lean();
    expect(marked.map((doc) => doc._id).sort()).toEqual([...ids].sort());
    expect(await model.countDocuments({ tenantId, outboxPending: { $exists: false } })).toBe(0);

    expect(await app.get(OutboxRelay).relayOnce()).toBeGreaterThanOrEqual(3);
    const after = await model.find({ tenantId }).lean();
    expect(after.map((doc) => [doc.outbox.length, 'outboxPending' in doc])).toEqual([
      [0, false],
      [0, false],
      [0, false],
    ]);
  });
});
