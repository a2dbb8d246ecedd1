import type { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import type { z } from 'zod';
import { ConfigError, EnvSchemas, loadConfig } from '../config/config';
import { answerNatsRequests } from '../nats/nats-requests';

type BaseEnv = z.infer<typeof EnvSchemas.base> &
  Partial<z.infer<typeof EnvSchemas.nats>> & { HTTP_HOST?: string };

export interface ServiceDefinition<S extends z.ZodObject> {
  service: string;
  env: S;
  /** Builds the root module from the validated config. */
  module: (config: z.infer<S>) => DynamicModule;
  /** Extra HTTP setup (the gateway's helmet, body limits, OpenAPI…). */
  configure?: (app: INestApplication, config: z.infer<S>) => void | Promise<void>;
  /**
   * Nest's body parsers (JSON, urlencoded) ahead of every route; the gateway turns them off to read
   * a body only once the caller is authenticated, and only as JSON.
   */
  bodyParser?: boolean;
}

/**
 * Starts a service: config first (one clear line and exit 1 when it is wrong), then the Nest app
 * with its HTTP side (health, metrics, API) and its NATS queue-group listener, with graceful
 * shutdown bounded by SHUTDOWN_GRACE_MS.
 */
export async function bootstrapService<S extends z.ZodObject>(
  definition: ServiceDefinition<S>,
): Promise<INestApplication> {
  let config: z.infer<S> & BaseEnv;
  try {
    config = loadConfig(definition.service, definition.env) as z.infer<S> & BaseEnv;
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }

  const app = await NestFactory.create(definition.module(config), {
    bufferLogs: true,
    abortOnError: false,
    bodyParser: definition.bodyParser ?? true,
  });
  const logger = app.get(Logger);
  app.useLogger(logger);
  app.flushLogs();

  if (config.NATS_URL)
    answerNatsRequests(
      app,
      definition.service,
      { ...config, NATS_URL: config.NATS_URL },
      Math.min(1_000, config.SHUTDOWN_GRACE_MS),
    );
  await definition.configure?.(app, config);
  installGracefulShutdown(app, config.SHUTDOWN_GRACE_MS, logger);
  await app.startAllMicroservices();
  await app.listen(config.HTTP_PORT, config.HTTP_HOST ?? '0.0.0.0');
  logger.log(`${definition.service} listening on ${await app.getUrl()}`, 'Bootstrap');
  return app;
}

function installGracefulShutdown(app: INestApplication, graceMs: number, logger: Logger): void {
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal} received: draining`, 'Bootstrap');
    const force = setTimeout(() => {
      logger.error(`shutdown exceeded ${graceMs} ms, exiting`, 'Bootstrap');
      process.exit(1);
    }, graceMs);
    force.unref();
    app
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error(`shutdown failed: ${String(error)}`, 'Bootstrap');
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}
