import { EnvSchemas, refuseDevDefaults } from '@certhub/platform';
import { z } from 'zod';

/** Local development default of the admin client secret, as declared in the realm file. */
export const DEV_KEYCLOAK_ADMIN_CLIENT_SECRET = 'certhub-partner-dev-secret';
/** Local development key for webhook secrets at rest (32 bytes, base64); refused in production. */
export const DEV_WEBHOOK_SECRETS_KEY = 'Y2VydGh1Yi1wYXJ0bmVyLWRldi1rZXktMzItYnl0ZXM=';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const ms = (fallback: number, min = 0) => z.coerce.number().int().min(min).default(fallback);

export const PartnerEnv = EnvSchemas.base
  .extend(EnvSchemas.nats.shape)
  .extend(EnvSchemas.mongo.shape)
  .extend(EnvSchemas.keycloak.shape)
  .extend({
    /** Confidential client whose service account creates partner clients (needs manage-clients). */
    KEYCLOAK_ADMIN_CLIENT_ID: z.string().min(1).default('certhub-partner'),
    KEYCLOAK_ADMIN_CLIENT_SECRET: z.string().min(1).default(DEV_KEYCLOAK_ADMIN_CLIENT_SECRET),
    /** AES-256-GCM key (base64 of 32 bytes) sealing webhook signing secrets in the database. */
    WEBHOOK_SECRETS_KEY: z
      .string()
      .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be the base64 of 32 bytes')
      .default(DEV_WEBHOOK_SECRETS_KEY),
    /** Plain-http webhook URLs are for local receivers only. */
    WEBHOOK_REQUIRE_HTTPS: flag.optional(),
    /** Webhooks to private/loopback addresses (SSRF into the platform's network): local receivers only. */
    WEBHOOK_ALLOW_PRIVATE_TARGETS: flag.optional(),
    WEBHOOK_TIMEOUT_MS: ms(10_000, 100),
    /** Attempts before a delivery is dead-lettered (the first one included). */
    WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(12),
    WEBHOOK_RETRY_BASE_MS: ms(5_000, 10),
    WEBHOOK_RETRY_MAX_MS: ms(3_600_000, 10),
    /** Deliveries in flight per replica (distinct dossiers: one dossier is always sequential). */
    WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(64),
    /** How long JetStream waits for the fan-out's ack before redelivering an event. */
    FANOUT_ACK_WAIT_MS: ms(30_000, 1_000),
    /**
     * Partitions of the delivery queue: each is worked by one replica at a time (a lease), which
     * keeps a dossier's events in order across replicas; more partitions spread them wider. Fixed
     * for the life of a deployment's queue (a lane's partition is a hash of it).
     */
    DELIVERY_PARTITIONS: z.coerce.number().int().min(1).max(64).default(4),
    /** A replica that stops renewing its partition leases loses them after this. */
    DELIVERY_LEASE_TTL_MS: ms(10_000, 1_000),
    /** Deliveries waiting in a partition (held behind a retried one, or in flight) before it stops taking more. */
    DELIVERY_MAX_PENDING: z.coerce.number().int().min(100).default(20_000),
    /** Delivered and dead-lettered entries stay this long in the delivery log. */
    DELIVERY_LOG_RETENTION_DAYS: z.coerce.number().int().min(1).default(30),
    /** How far back a stream subscriber may resume with Last-Event-ID. */
    PARTNER_FEED_MAX_AGE_DAYS: z.coerce.number().int().min(1).default(7),
  })
  .superRefine(
    refuseDevDefaults({
      KEYCLOAK_ADMIN_CLIENT_SECRET: {
        value: DEV_KEYCLOAK_ADMIN_CLIENT_SECRET,
        message: 'the local development default secret is refused in production',
      },
      WEBHOOK_SECRETS_KEY: {
        value: DEV_WEBHOOK_SECRETS_KEY,
        message: 'the local development key is refused in production: set a random 32-byte key',
      },
    }),
  );

export type PartnerConfig = z.infer<typeof PartnerEnv>;

export const requiresHttps = (config: PartnerConfig): boolean =>
  config.WEBHOOK_REQUIRE_HTTPS ?? config.NODE_ENV === 'production';

export const allowsPrivateTargets = (config: PartnerConfig): boolean =>
  config.WEBHOOK_ALLOW_PRIVATE_TARGETS ?? config.NODE_ENV !== 'production';
