import { REPO_ROOT, startService } from '@certhub/testing';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

describe('service bootstrap', () => {
  it('refuses to start on bad configuration, naming each variable in one line', () => {
    const result = spawnSync(process.execPath, [join(REPO_ROOT, 'dist/services/dossier/src/main.js')], {
      env: { PATH: process.env['PATH'] ?? '', NATS_URL: 'http://not-nats', HTTP_PORT: '-1' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^dossier: invalid configuration — /);
    expect(lines[0]).toContain('MONGO_URL is missing');
    expect(lines[0]).toContain('NATS_URL is invalid');
    expect(lines[0]).toContain('HTTP_PORT is invalid');
  });

  it('shuts down gracefully on SIGTERM, exiting 0', async () => {
    const service = await startService('partner');
    expect(await service.stop()).toBe(0);
  });
});
