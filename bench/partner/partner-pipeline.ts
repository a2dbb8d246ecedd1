import { Injectable, Module, type INestApplicationContext, type OnModuleInit } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { InjectModel, MongooseModule } from '@nestjs/mongoose';
import { eventSubject, newCloudEvent, type CloudEvent, type Principal } from '@certhub/contracts';
import { OutboxRelay, PlatformModule, addOutbox } from '@certhub/platform';
import { RpcTestClient, connectNats, natsAuth } from '@certhub/testing';
import mongoose, { Schema, type Model } from 'mongoose';
import { createServer, type Server } from 'node:http';
import { JSONCodec } from 'nats';
import type { AddressInfo } from 'node:net';
import { startBuiltService } from '../shared/built-service';
import type { Components } from './infra';
import { atFixedRate, quantile, type Figures } from './stats';

/** A stand-in aggregate of the dossier service: a state change and its event, written together. */
interface Dossier {
  _id: string;
  tenantId: string;
  status: string;
  outbox: CloudEvent[];
}
const DossierSchema = new Schema<Dossier>({ _id: String, tenantId: String, status: String });
addOutbox(DossierSchema);

@Injectable()
class RelayDossiers implements OnModuleInit {
  constructor(
    @InjectModel('BenchDossier') private readonly model: Model<Dossier>,
    private readonly relay: OutboxRelay,
  ) {}

  onModuleInit(): void {
    this.relay.watch(this.model);
  }
}

@Module({
  imports: [MongooseModule.forFeature([{ name: 'BenchDossier', schema: DossierSchema }])],
  providers: [RelayDossiers],
})
class DossiersModule {}

/** The partner's webhook endpoint: notes when each event arrives. */
class Receiver {
  readonly received = new Map<string, number>();
  /** What `until` waits for: a count, so each receipt costs the same however many are awaited. */
  private waiting?: { ids: Set<string>; missing: number; resolve: () => void };

  private constructor(readonly server: Server) {}

  static async start(): Promise<Receiver> {
    const server = createServer();
    const receiver = new Receiver(server);
    server.on('request', (req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const id = (JSON.parse(body) as CloudEvent).id;
        const first = !receiver.received.has(id);
        receiver.received.set(id, performance.now());
        res.writeHead(204).end();
        if (first && receiver.waiting?.ids.has(id) && --receiver.waiting.missing === 0)
          receiver.waiting.resolve();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  /** Resolves once every one of these events has arrived. */
  until(ids: string[]): Promise<void> {
    return new Promise((resolve) => {
      const awaited = new Set(ids);
      const missing = [...awaited].filter((id) => !this.received.has(id)).length;
      if (missing === 0) return resolve();
      this.waiting = { ids: awaited, missing, resolve };
    });
  }
}

/** How events enter the pipeline under test. */
interface Source {
  name: string;
  label: string;
  burst(events: CloudEvent[]): Promise<void>;
  one(event: CloudEvent): Promise<void>;
}

const codec = JSONCodec<CloudEvent>();

const statusChanged = (i: number, lanes: number): CloudEvent => {
  const dossierId = `dossier-${i % lanes}`;
  const data = {
    dossierId,
    organisationId: `org-${i % lanes}`,
    cbId: 'cb-bench',
    schemeId: 'amarc',
    reference: dossierId,
    from: `s${i}`,
    to: `s${i + 1}`,
    at: new Date().toISOString(),
    by: 'bench',
  };
  return newCloudEvent('certhub.dossier.status_changed.v1', data, {
    source: 'certhub/bench',
    tenantId: 'cb-bench',
    partitionKey: dossierId,
  });
};

/**
 * The partner service alone (events published straight to JetStream, as the relay would), then
 * certhub's whole path: a state change and its event in one document write, the outbox relay
 * publishing it, the partner service fanning it out into its delivery queue and POSTing the
 * signed webhook, measured at the receiver.
 */
export async function partnerPipeline(
  components: Components,
  options: { count: number; rate: number; seconds: number; lanes: number; paths: string[] },
): Promise<Figures[]> {
  const prefix = `bench${Date.now().toString(36)}`;
  const receiver = await Receiver.start();
  // Liveness, not readiness: the bench runs without Keycloak, which only partner creation needs.
  const partner = await startBuiltService(
    'partner',
    {
      NATS_URL: components.natsUrl,
      MONGO_URL: components.mongoUrl,
      MONGO_DB_PREFIX: prefix,
      // Only creating partner clients needs Keycloak; the bench's partner is written directly.
      KEYCLOAK_URL: 'http://127.0.0.1:9',
    },
    { probe: '/healthz' },
  );
  let producer: INestApplicationContext | undefined;
  const nc = await connectNats(components.natsUrl);
  const rpc = await RpcTestClient.connect(components.natsUrl);
  try {
    producer = await NestFactory.createApplicationContext(
      {
        module: class BenchProducer {},
        imports: [
          PlatformModule.forRoot({
            service: 'bench-producer',
            namespace: prefix,
            logLevel: 'warn',
            config: {},
            natsUrl: components.natsUrl,
            // Its outbox relay publishes as the dossier service would.
            natsAuth: natsAuth('dossier', components.natsUrl),
            mongo: { url: components.mongoUrl, dbName: `${prefix}_dossier` },
          }),
          DossiersModule,
        ],
      },
      { logger: ['error', 'warn'] },
    );
    const principal = await createPartner(components.mongoUrl, prefix);
    await rpc.call(
      'partner.subscriptions.create',
      {
        eventTypes: ['certhub.dossier.status_changed.v1'],
        delivery: { kind: 'webhook', url: receiver.url },
      },
      principal,
    );
    const model = producer.get<Model<Dossier>>('BenchDossierModel');
    const relay = producer.get(OutboxRelay);
    const js = nc.jetstream();
    const publish = (event: CloudEvent) =>
      js.publish(eventSubject('certhub.dossier.status_changed.v1'), codec.encode(event), { msgID: event.id });
    const document = (event: CloudEvent) => ({
      _id: event.id,
      tenantId: 'cb-bench',
      status: 'changed',
      outbox: [event],
    });

    const direct: Source = {
      name: 'direct',
      label: 'JetStream → partner → webhook',
      burst: async (events) => void (await Promise.all(events.map(publish))),
      one: async (event) => void (await publish(event)),
    };
    const outbox: Source = {
      name: 'outbox',
      label: 'outbox → JetStream → partner → webhook',
      burst: async (events) => {
        for (let i = 0; i < events.length; i += 200) {
          await model.insertMany(events.slice(i, i + 200).map(document));
          relay.nudge();
        }
      },
      one: async (event) => {
        await model.create(document(event));
        relay.nudge();
      },
    };
    let next = 0;
    const newEvents = (n: number) => Array.from({ length: n }, () => statusChanged(next++, options.lanes));
    const figures: Figures[] = [];
    for (const source of [direct, outbox].filter((s) => options.paths.includes(s.name))) {
      // Throughput: a burst, from the first write to the last webhook received.
      const burst = newEvents(options.count);
      const started = performance.now();
      const arrived = receiver.until(burst.map((e) => e.id));
      await source.burst(burst);
      await arrived;
      const eventsPerSecond = options.count / ((performance.now() - started) / 1_000);

      // Latency at a fixed rate: one write per tick, timed from the write to receipt.
      const steady = newEvents(options.rate * options.seconds);
      const writtenAt = new Map<string, number>();
      const steadyArrived = receiver.until(steady.map((e) => e.id));
      await atFixedRate(options.rate, steady.length, async (k) => {
        const event = steady[k] as CloudEvent;
        writtenAt.set(event.id, performance.now());
        await source.one(event);
      });
      await steadyArrived;
      const latencies = [...writtenAt].map(([id, at]) => (receiver.received.get(id) as number) - at);
      figures.push({
        label: source.label,
        eventsPerSecond,
        p50Ms: quantile(latencies, 0.5),
        p99Ms: quantile(latencies, 0.99),
        latencySamples: latencies.length,
      });
    }
    return figures;
  } finally {
    await producer?.close();
    await nc.close();
    await rpc.close();
    await partner.stop();
    receiver.server.close();
  }
}

/** The partner record partner creation would write (its Keycloak client is not needed here). */
async function createPartner(mongoUrl: string, prefix: string): Promise<Principal> {
  const connection = await mongoose.createConnection(mongoUrl, { dbName: `${prefix}_partner` }).asPromise();
  await connection.collection('partners').insertOne({
    _id: 'ptn_bench' as never,
    tenantId: 'platform',
    name: 'Bench partner',
    clientId: 'partner-ptn_bench',
    keycloakId: 'bench',
    scope: {},
    createdBy: 'bench',
    createdAt: new Date(),
  });
  await connection.close();
  return { userId: 'bench', tenantType: 'partner', tenantId: 'ptn_bench', roles: ['partner'] };
}
