import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../../..');

/** The test run's own runtime directory, apart from the `up` command's `.run/local`. */
export const TEST_RUN_DIR = process.env['CERTHUB_TEST_RUN_DIR'] ?? join(REPO_ROOT, '.run', 'test');

export interface RuntimeEnv {
  NATS_URL: string;
  NATS_MONITOR_URL: string;
  /** JSON file of the NATS users' passwords (user → password), see infra/nats/permissions.mjs. */
  NATS_CREDENTIALS: string;
  MONGO_URL: string;
  S3_ENDPOINT: string;
  S3_ACCESS_KEY: string;
  S3_SECRET_KEY: string;
  S3_REGION: string;
  KEYCLOAK_URL: string;
  KEYCLOAK_REALM: string;
  KEYCLOAK_ADMIN_USER: string;
  KEYCLOAK_ADMIN_PASSWORD: string;
  SMTP_URL: string;
  MAILDEV_URL: string;
  CHROMIUM_PATH: string;
  /** Shared by the gateway and the services' internal HTTP routes (libs/platform InternalTokens). */
  INTERNAL_TOKEN_SECRET: string;
  [key: string]: string;
}

/** The URLs of the dependencies the global setup started (or found running). */
export function runtimeEnv(): RuntimeEnv {
  const file = process.env['CERTHUB_RUNTIME_JSON'] ?? join(TEST_RUN_DIR, 'runtime.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as RuntimeEnv;
  } catch (error) {
    throw new Error(
      `no test runtime at ${file}: run the tests through jest's global setup (${String(error)})`,
    );
  }
}
