import { Injectable, Module, type INestApplicationContext, type OnModuleInit } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { InjectModel, MongooseModule } from '@nestjs/mongoose';
import { EVENTS_STREAM, newCloudEvent, type CloudEvent, type Principal } from '@certhub/contracts';
import { OutboxRelay, PlatformModule, RpcClient, addOutbox } from '@certhub/platform';
import mongoose, { Schema, type Model } from 'mongoose';
import { createServer, type Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { connect } from 'nats';
import type { AddressInfo } from 'node:net';
import { startPartnerService, type Components } from './infra';
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
  private waiting?: { count: number; resolve: () => void };

  private constructor(readonly server: Server) {}

  static async start(): Promise<Receiver> {
    const server = createServer();
    const receiver = new Receiver(server);
    server.on('request', (req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        receiver.received.set((JSON.parse(body) as CloudEvent).id, performance.now());
        res.writeHead(204).end();
        if (receiver.waiting && receiver.received.size >= receiver.waiting.count) receiver.waiting.resolve();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  until(count: number): Promise<void> {
    return new Promise((resolve) => {
      this.waiting = { count, resolve };
      if (this.received.size >= count) resolve();
    });
  }
}

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
 * certhub's whole path: a state change and its event in one document write, the outbox relay
 * publishing it, the partner service fanning it out into its delivery queue and POSTing the signed
 * webhook, measured at the receiver.
 */
export async function partnerPipeline(
  components: Components,
  options: { count: number; rate: number; seconds: number; lanes: number },
): Promise<Figures[]> {
  const prefix = `bench${Date.now().toString(36)}`;
  const receiver = await Receiver.start();
  const partner = await startPartnerService({
    NATS_URL: components.natsUrl,
    MONGO_URL: components.mongoUrl,
    MONGO_DB_PREFIX: prefix,
    // Only creating partner clients needs Keycloak; the bench's partner is written directly.
    KEYCLOAK_URL: 'http://127.0.0.1:9',
  });
  let producer: INestApplicationContext | undefined;
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
            mongo: { url: components.mongoUrl, dbName: `${prefix}_dossier` },
          }),
          DossiersModule,
        ],
      },
      { logger: ['error', 'warn'] },
    );
    const principal = await createPartner(components.mongoUrl, prefix);
    await producer
      .get(RpcClient)
      .call(
        'partner.subscriptions.create',
        {
          eventTypes: ['certhub.dossier.status_changed.v1'],
          delivery: { kind: 'webhook', url: receiver.url },
        },
        { principal },
      );
    const model = producer.get<Model<Dossier>>('BenchDossierModel');
    const relay = producer.get(OutboxRelay);

    // Throughput: a burst of state changes, from the first write to the last webhook received.
    const started = performance.now();
    const arrived = receiver.until(options.count);
    const published = streamReaches(components.natsUrl, options.count);
    for (let i = 0; i < options.count; i += 200) {
      const chunk = Array.from({ length: Math.min(200, options.count - i) }, (_, k) => i + k);
      await model.insertMany(
        chunk.map((n) => ({
          _id: `w${n}`,
          tenantId: 'cb-bench',
          status: 'changed',
          outbox: [statusChanged(n, options.lanes)],
        })),
      );
      relay.nudge();
    }
    const relayedAt = await published;
    await arrived;
    const eventsPerSecond = options.count / ((performance.now() - started) / 1_000);
    const relayedPerSecond = options.count / ((relayedAt - started) / 1_000);

    // Latency at a fixed rate, below saturation: one write per tick, timed from the write to receipt.
    const writtenAt = new Map<string, number>();
    const total = options.rate * options.seconds;
    const latencyArrived = receiver.until(options.count + total);
    await atFixedRate(options.rate, total, async (k) => {
      const i = options.count + k;
      const event = statusChanged(i, options.lanes);
      writtenAt.set(event.id, performance.now());
      await model.create({ _id: `w${i}`, tenantId: 'cb-bench', status: 'changed', outbox: [event] });
      relay.nudge();
    });
    await latencyArrived;
    const latencies = [...writtenAt].map(([id, at]) => (receiver.received.get(id) as number) - at);
    return [
      {
        label: '  of which outbox relay → JetStream',
        eventsPerSecond: relayedPerSecond,
        p50Ms: NaN,
        p99Ms: NaN,
        latencySamples: 0,
      },
      {
        label: 'outbox → JetStream → partner → webhook',
        eventsPerSecond,
        p50Ms: quantile(latencies, 0.5),
        p99Ms: quantile(latencies, 0.99),
        latencySamples: latencies.length,
      },
    ];
  } finally {
    await producer?.close();
    partner.kill('SIGTERM');
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

/** When the events stream holds `count` events: the relay's share of the burst. */
async function streamReaches(natsUrl: string, count: number): Promise<number> {
  const nc = await connect({ servers: natsUrl });
  try {
    const jsm = await nc.jetstreamManager();
    for (;;) {
      const info = await jsm.streams.info(EVENTS_STREAM).catch(() => undefined);
      if ((info?.state.messages ?? 0) >= count) return performance.now();
      await sleep(20);
    }
  } finally {
    await nc.close();
  }
}
