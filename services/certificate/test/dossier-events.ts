import {
  EVENTS_STREAM,
  eventSubject,
  type CertificateData,
  type CloudEvent,
  type EventPayload,
  type EventType,
  type Principal,
  type RpcRequest,
  type RpcResponse,
  type RpcSubject,
} from '@certhub/contracts';
import {
  EventTestClient,
  RpcTestClient,
  certificateStatusChange,
  startService,
  waitFor,
  type ServiceProcess,
} from '@certhub/testing';
import type { JetStreamManager, Subscription } from 'nats';

type Rendered = CloudEvent<EventPayload<'certhub.certificate.rendered.v1'>>;

/**
 * Plays the dossier service (publishes certificate events to JetStream) and a NATS caller of the
 * certificate service, and records every `rendered` event the certificate service emits.
 */
export class DossierEvents {
  readonly rendered: Rendered[] = [];
  private subscription?: Subscription;

  private constructor(
    private readonly bus: EventTestClient,
    private readonly rpc: RpcTestClient,
  ) {}

  static async start(): Promise<DossierEvents> {
    const events = new DossierEvents(await EventTestClient.connect(), await RpcTestClient.connect());
    const subscription = events.bus.nc.subscribe(eventSubject('certhub.certificate.rendered.v1'));
    events.subscription = subscription;
    void (async () => {
      for await (const msg of subscription) events.rendered.push(msg.json<Rendered>());
    })();
    return events;
  }

  /**
   * A `certificate.*` request. Retried once when no replica answered: the certificate process of
   * another test file may be stopping, and Nest's NATS server (started without gracefulShutdown by
   * the platform's bootstrap) drops the requests it holds when it closes.
   */
  async call<K extends RpcSubject>(
    subject: K,
    payload: RpcRequest<K>,
    options: { principal?: Principal } = {},
  ): Promise<RpcResponse<K>> {
    try {
      return await this.rpc.call(subject, payload, options.principal);
    } catch (error) {
      // 503: no responders (nats.js); a timeout: the request was dropped by a closing replica.
      if (!['503', 'TIMEOUT'].includes((error as { code?: string }).code ?? '')) throw error;
      return this.rpc.call(subject, payload, options.principal);
    }
  }

  get jsm(): JetStreamManager {
    return this.bus.jsm;
  }

  /** Publishes like the dossier service's relay; `seq` is the event's position in the stream. */
  async publish<K extends EventType>(
    type: K,
    data: EventPayload<K>,
    tenantId: string,
  ): Promise<{ event: CloudEvent; seq: number }> {
    return this.bus.emit(type, data, { source: 'certhub/dossier', tenantId });
  }

  /** Waits until a durable consumer (of the deployment's namespace) acknowledged the stream up to `seq`. */
  applied(durable: string, seq: number): Promise<true> {
    return waitFor(`${durable} to acknowledge #${seq}`, async () => {
      const info = await this.jsm.consumers.info(EVENTS_STREAM, `certhub-${durable}`);
      return info.ack_floor.stream_seq >= seq || undefined;
    });
  }

  issue(data: CertificateData): Promise<{ event: CloudEvent; seq: number }> {
    return this.publish('certhub.certificate.issued.v1', data, data.cbId);
  }

  changeStatus(
    type: 'suspended' | 'reinstated' | 'withdrawn' | 'expired',
    data: CertificateData,
    at = new Date(),
  ): Promise<{ event: CloudEvent; seq: number }> {
    return this.publish(`certhub.certificate.${type}.v1`, certificateStatusChange(data, at), data.cbId);
  }

  /** The `rendered` event of that certificate's version, once the certificate service emits it. */
  renderedEvent(certificateId: string, version = 1, timeoutMs = 30_000): Promise<Rendered> {
    return waitFor(
      `certificate ${certificateId} v${version} to be rendered`,
      () => this.rendered.find((e) => e.data.certificateId === certificateId && e.data.version === version),
      { timeoutMs },
    );
  }

  async close(): Promise<void> {
    this.subscription?.unsubscribe();
    await this.rpc.close();
    await this.bus.close();
  }
}

/**
 * For a test file: the certificate service as a process (the deployment's namespace) and the
 * dossier service's side of the bus, started before the file's tests and stopped after them.
 */
export function certificateServiceUnderTest(): {
  readonly certificate: ServiceProcess;
  readonly events: DossierEvents;
} {
  const started: { certificate?: ServiceProcess; events?: DossierEvents } = {};
  beforeAll(async () => {
    started.certificate = await startService('certificate');
    started.events = await DossierEvents.start();
  }, 60_000);
  afterAll(async () => {
    await started.events?.close();
    await started.certificate?.stop();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the certificate service starts in beforeAll');
    return value;
  };
  return {
    get certificate() {
      return ready(started.certificate);
    },
    get events() {
      return ready(started.events);
    },
  };
}
