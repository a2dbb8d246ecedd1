import {
  eventSubject,
  newCloudEvent,
  type CloudEvent,
  type EventPayload,
  type EventType,
  type Principal,
} from '@certhub/contracts';
import { TokenVerifier } from '@certhub/platform';
import {
  StackHarness,
  passwordToken,
  runtimeEnv,
  serviceDatabase,
  waitFor,
  type StackParts,
} from '@certhub/testing';
import type { Connection, mongo } from 'mongoose';

export type StoredDocument = { _id: string } & Record<string, unknown>;
type Collection<T extends mongo.Document> = mongo.Collection<T>;
type Filter<T> = mongo.Filter<T>;

/**
 * One identity process under test, on its own NATS server and its own database. A private NATS
 * matters: every identity process joins the queue group `identity`, so two of them on one server
 * (another test file, a second process with a wrong secret) would answer each other's requests.
 */
export class IdentityHarness extends StackHarness {
  private readonly verifier: TokenVerifier;

  private constructor(
    parts: StackParts,
    /** The service's own database, `<MONGO_DB_PREFIX>_identity`, read directly by assertions. */
    private readonly db: Connection,
  ) {
    super(parts);
    const env = runtimeEnv();
    this.verifier = new TokenVerifier({
      keycloakUrl: env.KEYCLOAK_URL,
      realm: env.KEYCLOAK_REALM,
      audience: 'certhub-gateway',
      clockToleranceSeconds: 5,
    });
  }

  static async start(env: Record<string, string> = {}): Promise<IdentityHarness> {
    const parts = await StackHarness.open(['identity'], env);
    return new IdentityHarness(parts, await serviceDatabase(parts.stack, 'identity'));
  }

  override async stop(): Promise<void> {
    await super.stop();
    await this.db.close();
  }

  /** The principal the gateway would build from this user's real Keycloak token. */
  async principalOf(email: string, password?: string): Promise<Principal> {
    return this.verifier.verify(await passwordToken(email, password));
  }

  /** The principals of demo users, named by their e-mail before `@certhub.local`, in that order. */
  demoPrincipals(...names: string[]): Promise<Principal[]> {
    return Promise.all(names.map((name) => this.principalOf(`${name}@certhub.local`)));
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
    return (await this.bus.published(eventSubject(type))) as CloudEvent<EventPayload<K>>[];
  }

  /** Publishes an event as another service would (e.g. candidacy's habilitation events). */
  async publish<K extends EventType>(type: K, data: EventPayload<K>): Promise<CloudEvent<EventPayload<K>>> {
    const event = newCloudEvent(type, data, { source: 'certhub/test' });
    await this.bus.publish(event);
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
