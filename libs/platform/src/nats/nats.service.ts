import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import {
  connect,
  headers as natsHeaders,
  type ConnectionOptions,
  type JetStreamClient,
  type JetStreamManager,
  type MsgHdrs,
  type NatsConnection,
} from 'nats';
import { HEADERS } from '@certhub/contracts';
import { RequestContext } from '../context/request-context';
import { HealthRegistry } from '../health/health';
import { PLATFORM_OPTIONS, type NatsAuth, type PlatformOptions } from '../platform.options';

/**
 * Reconnection never gives up: a service outlives a NATS restart, answers not-ready meanwhile and
 * resumes by itself. The same options are used for the Nest NATS transport (see bootstrap).
 * Replies come to `_INBOX.<user>.…`: the bus lets each user read its own replies only.
 */
export function natsConnectionOptions(servers: string, name: string, auth?: NatsAuth): ConnectionOptions {
  return {
    servers: servers.split(',').map((s) => s.trim()),
    name,
    ...(auth ? { user: auth.user, pass: auth.password, inboxPrefix: `_INBOX.${auth.user}` } : {}),
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    waitOnFirstConnect: true,
    pingInterval: 5_000,
    maxPingOut: 2,
  };
}

/** The NATS user of a validated env (EnvSchemas.nats), when it has one. */
export function natsAuthOf(env: { NATS_USER?: string; NATS_PASSWORD?: string }): NatsAuth | undefined {
  return env.NATS_USER && env.NATS_PASSWORD
    ? { user: env.NATS_USER, password: env.NATS_PASSWORD }
    : undefined;
}

/** The service's own nats.js connection, for JetStream and for readiness. */
@Injectable()
export class NatsService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(NatsService.name);
  private connection?: NatsConnection;
  private jetstream?: JetStreamClient;
  private manager?: JetStreamManager;

  constructor(
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformOptions,
    private readonly health: HealthRegistry,
  ) {}

  async onModuleInit(): Promise<void> {
    const url = this.options.natsUrl;
    if (!url) throw new Error('NatsService needs natsUrl in the platform options');
    this.connection = await connect(natsConnectionOptions(url, this.options.service, this.options.natsAuth));
    this.jetstream = this.connection.jetstream();
    this.manager = await this.connection.jetstreamManager();
    void this.watchStatus(this.connection);
    this.health.register({ name: 'nats', check: async () => void (await this.nc.rtt()) });
  }

  get nc(): NatsConnection {
    if (!this.connection) throw new Error('NATS is not connected yet');
    return this.connection;
  }

  get js(): JetStreamClient {
    if (!this.jetstream) throw new Error('NATS is not connected yet');
    return this.jetstream;
  }

  get jsm(): JetStreamManager {
    if (!this.manager) throw new Error('NATS is not connected yet');
    return this.manager;
  }

  /** Headers carrying the current correlation id (and principal, when one acts). */
  contextHeaders(): MsgHdrs {
    const h = natsHeaders();
    const ctx = RequestContext.current();
    if (ctx?.correlationId) h.set(HEADERS.correlationId, ctx.correlationId);
    if (ctx?.principal) h.set(HEADERS.principal, JSON.stringify(ctx.principal));
    if (ctx?.idempotencyKey) h.set(HEADERS.idempotencyKey, ctx.idempotencyKey);
    return h;
  }

  async onApplicationShutdown(): Promise<void> {
    // drain() lets in-flight messages finish and flushes what was published before closing.
    if (this.connection && !this.connection.isClosed()) await this.connection.drain().catch(() => undefined);
  }

  private async watchStatus(nc: NatsConnection): Promise<void> {
    for await (const status of nc.status()) {
      if (status.type === 'disconnect' || status.type === 'reconnect') {
        this.logger.warn(`NATS ${status.type} (${String(status.data)})`);
      }
    }
  }
}
