import { InternalTokens } from './internal-http/internal-token';
import {
  Global,
  Inject,
  Injectable,
  MiddlewareConsumer,
  Module,
  NestModule,
  OnModuleInit,
  type DynamicModule,
  type Provider,
} from '@nestjs/common';
import { APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { ClientNats } from '@nestjs/microservices';
import { InjectConnection, MongooseModule } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { LoggerModule } from 'nestjs-pino';
import { RequestContextMiddleware } from './context/request-context.middleware';
import { EventConsumerDiscovery } from './events/consumes-events.decorator';
import { DurableConsumers } from './events/durable-consumer';
import { EventPublisher } from './events/event-publisher';
import { OutboxRelay } from './events/outbox';
import { ProcessedEvents } from './events/processed-events';
import { HealthRegistry } from './health/health';
import { HealthController } from './health/health.controller';
import { loggerParams } from './logging/logging';
import { PeriodicJobs } from './jobs/periodic-jobs';
import { PeriodicDiscovery } from './jobs/periodic.decorator';
import { HttpMetricsMiddleware } from './metrics/http-metrics.middleware';
import { Metrics } from './metrics/metrics';
import { mongooseOptions, pingMongo } from './mongo/mongo';
import { NatsService, natsConnectionOptions } from './nats/nats.service';
import { PLATFORM_OPTIONS, SERVICE_CONFIG, type PlatformOptions } from './platform.options';
import { RpcClient } from './rpc/rpc-client';
import { IdempotencyStore } from './rpc/idempotency-store';
import { RpcContextInterceptor } from './rpc/rpc-context.interceptor';
import { ObjectStorage } from './storage/object-storage';

@Injectable()
class MongoReadiness implements OnModuleInit {
  constructor(
    @InjectConnection() private readonly connection: Connection,
    private readonly health: HealthRegistry,
  ) {}

  onModuleInit(): void {
    this.health.register({ name: 'mongodb', check: () => pingMongo(this.connection) });
  }
}

@Injectable()
class KeycloakReadiness implements OnModuleInit {
  constructor(
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformOptions,
    private readonly health: HealthRegistry,
  ) {}

  onModuleInit(): void {
    const { url, realm } = this.options.keycloak as { url: string; realm: string };
    const discovery = `${url.replace(/\/$/, '')}/realms/${realm}/.well-known/openid-configuration`;
    this.health.register({
      name: 'keycloak',
      // Tokens are checked with cached keys while Keycloak is away (LastGoodJwks).
      critical: false,
      check: async () => {
        const res = await fetch(discovery, { signal: AbortSignal.timeout(2_000) });
        if (!res.ok) throw new Error(`realm ${realm} answered ${res.status}`);
      },
    });
  }
}

/**
 * What every service shares: validated config, JSON logs with correlation ids, health, metrics,
 * and — when the service uses them — NATS (request/reply, JetStream, outbox relay, durable
 * consumers) and its own MongoDB database.
 */
@Global()
@Module({})
export class PlatformModule implements NestModule {
  static forRoot(options: PlatformOptions & { config: object }): DynamicModule {
    const { config, ...platform } = options;
    const providers: Provider[] = [
      { provide: PLATFORM_OPTIONS, useValue: platform },
      { provide: SERVICE_CONFIG, useValue: config },
      { provide: Metrics, useValue: new Metrics(platform.service) },
      HealthRegistry,
      PeriodicJobs,
      PeriodicDiscovery,
      { provide: APP_INTERCEPTOR, useClass: RpcContextInterceptor },
    ];
    const exported: unknown[] = [PLATFORM_OPTIONS, SERVICE_CONFIG, Metrics, HealthRegistry, PeriodicJobs];
    const imports: Array<DynamicModule | typeof DiscoveryModule> = [
      LoggerModule.forRoot(loggerParams(platform.service, platform.logLevel)),
      DiscoveryModule,
    ];

    if (platform.natsUrl) {
      const natsUrl = platform.natsUrl;
      providers.push(NatsService, EventPublisher, {
        provide: ClientNats,
        useFactory: () =>
          new ClientNats(natsConnectionOptions(natsUrl, `${platform.service}-client`, platform.natsAuth)),
      });
      providers.push(RpcClient);
      exported.push(NatsService, EventPublisher, RpcClient);
    }
    if (platform.mongo) {
      imports.push(
        MongooseModule.forRoot(
          platform.mongo.url,
          mongooseOptions(platform.mongo.dbName, platform.mongo.timeoutMs),
        ),
      );
      providers.push(MongoReadiness, IdempotencyStore);
    }
    if (platform.keycloak) providers.push(KeycloakReadiness);
    if (platform.internalTokenSecret) {
      providers.push({
        provide: InternalTokens,
        useValue: new InternalTokens(platform.internalTokenSecret, platform.service),
      });
      exported.push(InternalTokens);
    }
    if (platform.s3) {
      providers.push(ObjectStorage);
      exported.push(ObjectStorage);
    }
    if (platform.natsUrl && platform.mongo) {
      providers.push(ProcessedEvents, DurableConsumers, EventConsumerDiscovery, OutboxRelay);
      exported.push(ProcessedEvents, DurableConsumers, OutboxRelay);
    }
    return {
      module: PlatformModule,
      global: true,
      imports,
      controllers: [HealthController],
      providers,
      exports: [...(exported as Provider[]), ...(platform.mongo ? [MongooseModule] : [])],
    };
  }

  constructor(@Inject(HealthRegistry) private readonly health: HealthRegistry) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware, RequestContextMiddleware).forRoutes('*');
  }

  beforeApplicationShutdown(): void {
    // Load balancers stop sending traffic before in-flight work is finished and connections close.
    this.health.markShuttingDown();
  }
}
