import type { FullConfig } from '@playwright/test';
import { TestStack } from '@certhub/testing';
import startRuntime from '@certhub/testing/src/global-setup';
import stopRuntime from '@certhub/testing/src/global-teardown';

/**
 * The same harness as the jest suites: the local runtime (or the one already running in .run/test),
 * then the services the applicant's pages call, on a private NATS and fresh databases. The gateway
 * serves the portal built into dist/services/portal (npm run build).
 */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  await startRuntime();
  const stack = await TestStack.start(['gateway', 'identity', 'dossier', 'notification']);
  process.env['PORTAL_URL'] = stack.service('gateway').url;
  return async () => {
    await stack.stop();
    await stopRuntime();
  };
}
