import {
  EVENTS_STREAM,
  eventSubject,
  newCloudEvent,
  type CloudEvent,
  type EventPayload,
  type EventType,
  type Principal,
  type RpcRequest,
  type RpcResponse,
  type RpcSubject,
} from '@certhub/contracts';
import { TokenVerifier } from '@certhub/platform';
import {
  PrivateComponent,
  RpcTestClient,
  connectNats,
  passwordToken,
  runtimeEnv,
  startService,
  uniqueId,
  waitFor,
  type ServiceProcess,
} from '@certhub/testing';
import mongoose, { type Connection, type mongo } from 'mongoose';
import type { NatsConnection } from 'nats';

export type StoredDocument = { _id: string } & Record<string, unknown>;
type Collection<T extends mongo.Document> = mongo.Collection<T>;
type Filter<T> = mongo.Filter<T>;

/**
 * One identity process under test, on its own NATS server and its own database. A private NATS
 * matters: every identity process joins the queue group `identity`, so two of them on one server
 * (another test file, a second process with a wrong secret) would answer each other's requests.
 */
export class IdentityHarness {
  private readonly verifier: TokenVerifier;

  private constructor(
    private readonly nats: PrivateComponent,
    private readonly service: ServiceProcess,
    private readonly rpc: RpcTestClient,
    private readonly nc: NatsConnection,
    /** The service's own database, `<MONGO_DB_PREFIX>_identity`, read directly by assertions. */
    private readonly db: Connection,
  ) {
    const env = runtimeEnv();
    this.verifier = new TokenVerifier({
      keycloakUrl: env.KEYCLOAK_URL,
      realm: env.KEYCLOAK_REALM,
      audience: 'certhub-gateway',
      clockToleranceSeconds: 5,
    });
  }

  static async start(env: Record<string, string> = {}): Promise<IdentityHarness> {
    const nats = await PrivateComponent.start('nats');
    const prefix = uniqueId('id');
    try {
      const service = await startService('identity', { NATS_URL: nats.url, MONGO_DB_PREFIX: prefix, ...env });
      const rpc = await RpcTestClient.connect(nats.url);
      const nc = await connectNats(nats.url);
      const db = await mongoose
        .createConnection(runtimeEnv().MONGO_URL, { dbName: `${prefix}_identity` })
        .asPromise();
      return new IdentityHarness(nats, service, rpc, nc, db);
    } catch (error) {
      nats.stop();
      throw error;
    }
  }

  async stop(): Promise<void> {
    await this.rpc.close();
    await this.nc.close();
    await this.service.stop();
    await this.db.close();
    this.nats.stop();
  }

  /** A request/reply call as the gateway makes it: the principal travels in a NATS header. */
  call<K extends RpcSubject>(
    subject: K,
    payload: RpcRequest<K>,
    principal?: Principal,
  ): Promise<RpcResponse<K>> {
    return this.rpc.call(subject, payload, principal);
  }

  /** The principal the gateway would build from this user's real Keycloak token. */
  async principalOf(email: string, password?: string): Promise<Principal> {
    return this.verifier.verify(await passwordToken(email, password));
  }

  /** A collection of the service's database; identity documents have string ids. */
  collection(name: string): Collection<StoredDocument> {
    return this.db.collection<StoredDocument>(name);
  }

  count(collection: string, filter: Filter<StoredDocument>): Promise<number> {
    return this.collection(collection).countDocuments(filter);
  }

  /** Every event of that type the service published (its NATS server is its own). */
  async events<K extends EventType>(type: K): Promise<CloudEvent<EventPayload<K>>[]> {
    const consumer = await this.nc
      .jetstream()
      .consumers.get(EVENTS_STREAM, { filterSubjects: eventSubject(type) });
    const events: CloudEvent<EventPayload<K>>[] = [];
    for (;;) {
      const message = await consumer.next({ expires: 1_000 });
      if (!message) return events;
      events.push(message.json<CloudEvent<EventPayload<K>>>());
    }
  }

  /** Publishes an event as another service would (e.g. candidacy's habilitation events). */
  async publish<K extends EventType>(type: K, data: EventPayload<K>): Promise<CloudEvent<EventPayload<K>>> {
    const event = newCloudEvent(type, data, { source: 'certhub/test' });
    await this.nc.jetstream().publish(eventSubject(type), JSON.stringify(event), { msgID: event.id });
    return event;
  }

  waitForEvent<K extends EventType>(
    type: K,
    predicate: (data: EventPayload<K>) => boolean,
  ): Promise<CloudEvent<EventPayload<K>>> {
    return waitFor(`a ${type} event`, async () => (await this.events(type)).find((e) => predicate(e.data)), {
      timeoutMs: 15_000,
      intervalMs: 200,
    });
  }
}
