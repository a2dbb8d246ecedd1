import type { S3Options } from './storage/s3-client';

export interface NatsAuth {
  user: string;
  password: string;
}

export const PLATFORM_OPTIONS = Symbol('PLATFORM_OPTIONS');
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');

export interface PlatformOptions {
  service: string;
  /**
   * Deployment namespace (the database prefix): durable consumer names start with it, so two
   * deployments (or two test runs) sharing one NATS never split each other's work.
   */
  namespace: string;
  logLevel: string;
  natsUrl?: string;
  /** The NATS user the connections authenticate as; its permissions decide what they may publish. */
  natsAuth?: NatsAuth;
  /** Default wait for an RPC answer (RPC_TIMEOUT_MS). */
  rpcTimeoutMs?: number;
  /** timeoutMs: see MONGO_TIMEOUT_MS. */
  mongo?: { url: string; dbName: string; timeoutMs?: number };
  s3?: S3Options;
  /** Signs (gateway) or checks (services) calls to internal HTTP routes: InternalTokens. */
  internalTokenSecret?: string;
  /** Keycloak realm whose discovery document readiness checks. */
  keycloak?: { url: string; realm: string };
}
