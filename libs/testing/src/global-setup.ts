import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startContainers, type StartedContainers } from './containers';
import { allowConcurrentTestLogins } from './keycloak';
import { REPO_ROOT, TEST_RUN_DIR } from './runtime';

const RUNTIME = join(REPO_ROOT, 'infra', 'local', 'runtime.mjs');

declare global {
  // Kept between global setup and teardown, which jest runs in the same process.
  var __certhubHarness:
    { mode: 'local' | 'containers'; startedHere: boolean; containers?: StartedContainers } | undefined;
}

function runtime(command: string, inherit: boolean): number {
  const result = spawnSync(process.execPath, [RUNTIME, command], {
    cwd: REPO_ROOT,
    env: { ...process.env, CERTHUB_RUN_DIR: TEST_RUN_DIR },
    stdio: inherit ? 'inherit' : 'ignore',
  });
  return result.status ?? 1;
}

function dockerAvailable(): boolean {
  return spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
}

/**
 * Starts the real dependencies once per test run: the local runtime by default (or reuses one
 * already running in .run/test), testcontainers when CERTHUB_INFRA=containers and Docker answers.
 */
export default async function globalSetup(): Promise<void> {
  process.env['TZ'] = 'UTC';
  if (process.env['CERTHUB_INFRA'] === 'containers') {
    if (!dockerAvailable())
      throw new Error('CERTHUB_INFRA=containers but no Docker engine answers `docker info`');
    const containers = await startContainers();
    mkdirSync(TEST_RUN_DIR, { recursive: true });
    const file = join(TEST_RUN_DIR, 'runtime.json');
    writeFileSync(file, JSON.stringify(containers.env, null, 2));
    process.env['CERTHUB_RUNTIME_JSON'] = file;
    globalThis.__certhubHarness = { mode: 'containers', startedHere: true, containers };
    await allowConcurrentTestLogins(containers.env);
    return;
  }
  const alreadyRunning = runtime('status', false) === 0;
  // A fresh run starts from empty data: no state leaks from an earlier run, and the realm file
  // is imported as it is now.
  if (!alreadyRunning) rmSync(join(TEST_RUN_DIR, 'data'), { recursive: true, force: true });
  if (!alreadyRunning && runtime('start', true) !== 0) {
    throw new Error('the local runtime did not start (see the line above for the component and its log)');
  }
  process.env['CERTHUB_RUNTIME_JSON'] = join(TEST_RUN_DIR, 'runtime.json');
  globalThis.__certhubHarness = { mode: 'local', startedHere: !alreadyRunning };
  await allowConcurrentTestLogins();
}

export function stopLocalRuntime(): void {
  runtime('stop', true);
}
