import { stopLocalRuntime } from './global-setup';

/** Stops what the setup started; a runtime found running (or CERTHUB_KEEP_RUNTIME=1) is left up. */
export default async function globalTeardown(): Promise<void> {
  const harness = globalThis.__certhubHarness;
  if (!harness?.startedHere || process.env['CERTHUB_KEEP_RUNTIME'] === '1') return;
  if (harness.mode === 'containers') await harness.containers?.stop();
  else stopLocalRuntime();
}
