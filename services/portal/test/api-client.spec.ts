import { REPO_ROOT, startService, type ServiceProcess } from '@certhub/testing';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The portal's committed API types (src/api/schema.ts) are what the running gateway documents:
 * a route, parameter or schema changed without regenerating them fails here.
 */
describe('the portal API client', () => {
  let gateway: ServiceProcess;
  beforeAll(async () => {
    gateway = await startService('gateway');
  });
  afterAll(() => gateway?.stop());

  it('matches the gateway’s OpenAPI document', () => {
    const script = join(REPO_ROOT, 'services/portal/scripts/generate-api-client.mjs');
    const run = spawnSync(process.execPath, [script, gateway.url, '--check'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
