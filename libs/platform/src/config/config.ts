import { z } from 'zod';
import { httpBaseUrl } from './http-base-url';

export class ConfigError extends Error {
  constructor(
    readonly service: string,
    readonly problems: string[],
  ) {
    super(`${service}: invalid configuration — ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Validates the environment once, at start, into a typed object. Every missing or bad variable is
 * named in a single error so an operator fixes them all in one go.
 */
export function loadConfig<S extends z.ZodObject>(
  service: string,
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<S> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const variable = issue.path.join('.') || '(environment)';
    const value = env[variable];
    return value === undefined ? `${variable} is missing` : `${variable} is invalid (${issue.message})`;
  });
  throw new ConfigError(service, problems);
}

const url = (protocols: string[]) =>
  z.url({
    protocol: new RegExp(`^(${protocols.join('|')})$`),
    error: `must be a ${protocols.join('/')} URL`,
  });

/** Pieces services compose into their own schema; variable names match infra/local's runtime.env. */
export const EnvSchemas = {
  base: z.object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  }),
  /** The portal's public origin, base of the links a service sends (mails, inbox), without a trailing slash. */
  portal: z.object({
    PUBLIC_PORTAL_URL: httpBaseUrl('http://localhost:4200'),
  }),
  nats: z.object({
    NATS_URL: z
      .string()
      .min(1)
      .refine(
        (v) => v.split(',').every((u) => /^(nats|tls):\/\/[^\s]+$/.test(u.trim())),
        'must be nats:// URL(s)',
      ),
    /** This service's own NATS user: the bus lets it publish only what it may (infra/nats/permissions.mjs). */
    NATS_USER: z.string().regex(/^[a-z][a-z0-9_-]*$/, 'must be a NATS user name (a-z, 0-9, _ and -)'),
    NATS_PASSWORD: z.string().min(8),
    /** How long a request over NATS waits for its answer before the caller gets 503. */
    RPC_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  }),
  mongo: z.object({
    MONGO_URL: url(['mongodb', 'mongodb\\+srv']),
    /** Prefix of the per-service database name (`<prefix>_<service>`): lets test runs stay apart. */
    MONGO_DB_PREFIX: z
      .string()
      .regex(/^[a-z0-9_-]+$/)
      .default('certhub'),
    /**
     * The longest wait on a database socket (connect, or an answer to a sent command): a frozen
     * store then fails the call as 503 instead of holding it. Above the slowest legitimate query.
     */
    MONGO_TIMEOUT_MS: z.coerce.number().int().min(100).default(8_000),
  }),
  s3: z.object({
    S3_ENDPOINT: url(['http', 'https']),
    S3_ACCESS_KEY: z.string().min(1),
    S3_SECRET_KEY: z.string().min(1),
    S3_REGION: z.string().default('us-east-1'),
    /** The longest silence on an object-store socket (connect, answer, mid-transfer) before the call fails as 503. */
    S3_TIMEOUT_MS: z.coerce.number().int().min(100).default(20_000),
  }),
  keycloak: z.object({
    KEYCLOAK_URL: url(['http', 'https']),
    KEYCLOAK_REALM: z.string().min(1).default('certhub'),
    TOKEN_AUDIENCE: z.string().min(1).default('certhub-gateway'),
    TOKEN_CLOCK_TOLERANCE_S: z.coerce.number().int().min(0).max(120).default(30),
  }),
  /**
   * The secret the gateway signs its calls to services' internal HTTP routes with (see
   * internal-http/internal-token.ts): the same value in the gateway and in every service that has
   * such routes. The local runtime makes one per run; deployments keep it in a secret.
   */
  internal: z.object({
    INTERNAL_TOKEN_SECRET: z.string().min(32, 'must hold at least 32 characters'),
  }),
  smtp: z.object({
    SMTP_URL: url(['smtp', 'smtps']),
    MAIL_FROM: z.string().min(3).default('certhub <noreply@certhub.local>'),
  }),
  chromium: z.object({
    CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  }),
};
