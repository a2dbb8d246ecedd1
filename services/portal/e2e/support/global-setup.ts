import type { FullConfig } from '@playwright/test';
import { rmSync } from 'node:fs';
import { TestStack } from '@certhub/testing';
import startRuntime from '@certhub/testing/src/global-setup';
import stopRuntime from '@certhub/testing/src/global-teardown';
import { SCREENSHOTS } from './portal';

/**
 * The same harness as the jest suites: the local runtime (or the one already running in .run/test),
 * then the services the applicant's pages call, on a private NATS and fresh databases. The gateway
 * serves the portal built into dist/services/portal (npm run build).
 */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  // The artifacts are this run's pages only.
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  await startRuntime();
  const stack = await TestStack.start(['gateway', 'identity', 'dossier', 'notification']);
  process.env['PORTAL_URL'] = stack.service('gateway').url;
  return async () => {
    await stack.stop();
    await stopRuntime();
  };
}
