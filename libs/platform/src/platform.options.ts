import type { S3Options } from './storage/object-storage';

export const PLATFORM_OPTIONS = Symbol('PLATFORM_OPTIONS');
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');

export interface PlatformOptions {
  service: string;
  logLevel: string;
  natsUrl?: string;
  mongo?: { url: string; dbName: string };
  s3?: S3Options;
  /** Keycloak realm whose discovery document readiness checks. */
  keycloak?: { url: string; realm: string };
}
