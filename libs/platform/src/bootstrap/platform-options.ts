import type { EnvSchemas } from '../config/config';
import { mongoDbName } from '../mongo/mongo';
import { natsAuthOf } from '../nats/nats.service';
import type { PlatformOptions } from '../platform.options';
import type { z } from 'zod';

type Env = z.infer<typeof EnvSchemas.base> &
  Partial<z.infer<typeof EnvSchemas.nats>> &
  Partial<z.infer<typeof EnvSchemas.mongo>> &
  Partial<z.infer<typeof EnvSchemas.s3>> &
  Partial<z.infer<typeof EnvSchemas.keycloak>> &
  Partial<z.infer<typeof EnvSchemas.internal>>;

/** Derives what the platform module connects to from the service's validated env. */
export function platformOptionsFromEnv(
  service: string,
  config: Env,
  extras: { buckets?: string[] } = {},
): PlatformOptions & { config: object } {
  return {
    service,
    namespace: config.MONGO_DB_PREFIX ?? 'certhub',
    config,
    logLevel: config.LOG_LEVEL,
    ...(config.NATS_URL ? { natsUrl: config.NATS_URL } : {}),
    ...(natsAuthOf(config) ? { natsAuth: natsAuthOf(config) } : {}),
    ...(config.RPC_TIMEOUT_MS ? { rpcTimeoutMs: config.RPC_TIMEOUT_MS } : {}),
    ...(config.MONGO_URL
      ? {
          mongo: {
            url: config.MONGO_URL,
            dbName: mongoDbName(config.MONGO_DB_PREFIX ?? 'certhub', service),
            ...(config.MONGO_TIMEOUT_MS ? { timeoutMs: config.MONGO_TIMEOUT_MS } : {}),
          },
        }
      : {}),
    ...(config.S3_ENDPOINT && config.S3_ACCESS_KEY && config.S3_SECRET_KEY
      ? {
          s3: {
            endpoint: config.S3_ENDPOINT,
            accessKey: config.S3_ACCESS_KEY,
            secretKey: config.S3_SECRET_KEY,
            region: config.S3_REGION ?? 'us-east-1',
            buckets: extras.buckets ?? [],
            ...(config.S3_TIMEOUT_MS ? { timeoutMs: config.S3_TIMEOUT_MS } : {}),
          },
        }
      : {}),
    ...(config.INTERNAL_TOKEN_SECRET ? { internalTokenSecret: config.INTERNAL_TOKEN_SECRET } : {}),
    ...(config.KEYCLOAK_URL
      ? { keycloak: { url: config.KEYCLOAK_URL, realm: config.KEYCLOAK_REALM ?? 'certhub' } }
      : {}),
  };
}
