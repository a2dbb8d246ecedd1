import type { DynamicModule, INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { natsServiceEnv, type NatsUser } from './nats';
import { runtimeEnv } from './runtime';
import type { TestStack } from './stack';

export interface InProcessOptions<C> {
  /** The service's env schema's parse: the configuration is checked as at a real start. */
  parse: (env: Record<string, string>) => C;
  /** The service's root module for that configuration. */
  module: (config: C) => DynamicModule;
  /** Added to (or overriding) what the stack gives: intervals that keep the real clock's passes away… */
  env?: Record<string, string>;
  /**
   * Answer NATS requests like the service's own process (the gateway's calls reach this one):
   * platform's answerNatsRequests, passed in (the platform's own tests use this library).
   */
  serve?: (app: INestApplication, config: C) => void;
  /** Listen for HTTP on that port (the gateway streams its internal routes) instead of not at all. */
  port?: number;
}

/**
 * A service's application in the test's own process, with its real module graph, as the service's
 * NATS user on the stack's NATS and database prefix: for tests that take its use cases or jobs in
 * hand (a clock they move, a pass they call).
 */
export async function startInProcess<C>(
  service: NatsUser,
  stack: TestStack,
  options: InProcessOptions<C>,
): Promise<INestApplication> {
  const env = runtimeEnv();
  const config = options.parse({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    NATS_URL: stack.nats.url,
    ...natsServiceEnv(service, stack.nats.url),
    MONGO_URL: env.MONGO_URL,
    MONGO_DB_PREFIX: stack.prefix,
    INTERNAL_TOKEN_SECRET: env.INTERNAL_TOKEN_SECRET,
    ...options.env,
  });
  const moduleRef = await Test.createTestingModule({ imports: [options.module(config)] }).compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  if (options.serve) {
    options.serve(app, config);
    await app.startAllMicroservices();
  }
  if (options.port === undefined) await app.init();
  else await app.listen(options.port, '127.0.0.1');
  return app;
}
