import { runtimeEnv, startService, type ServiceProcess } from '@certhub/testing';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The gateway serves the built portal on the API's origin without shadowing any API path. */
describe('gateway serving the portal', () => {
  let gateway: ServiceProcess;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'certhub-portal-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>portal</title>');
    writeFileSync(join(dir, 'assets', 'index-Ab12Cd34.js'), 'console.log(1)');
    gateway = await startService('gateway', { PORTAL_DIR: dir });
  });
  afterAll(() => gateway?.stop());

  const get = (path: string, init?: RequestInit) => fetch(`${gateway.url}${path}`, init);

  it('answers index.html, never cached, with a strict CSP, for the app and its client-side routes', async () => {
    for (const path of ['/', '/dossiers/d-1', '/dossiers?status=draft']) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain(`connect-src 'self' ${new URL(runtimeEnv().KEYCLOAK_URL).origin}`);
      expect(await res.text()).toContain('<title>portal</title>');
    }
  });

  it('caches hashed assets for a year, and answers 404 for an asset that is gone', async () => {
    const asset = await get('/assets/index-Ab12Cd34.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toBe('console.log(1)');
    const gone = await get('/assets/index-Old00000.js');
    expect(gone.status).toBe(404);
    expect(await gone.text()).not.toContain('<title>portal</title>');
  });

  it('tells the browser where to sign in', async () => {
    const res = await get('/config.json');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.json()).toEqual({
      authority: `${runtimeEnv().KEYCLOAK_URL}/realms/${runtimeEnv().KEYCLOAK_REALM}`,
      clientId: 'certhub-portal',
    });
  });

  it('leaves the API, its documents and the probes alone', async () => {
    const unknownApi = await get('/api/v1/nothing-here');
    expect(unknownApi.status).toBe(404);
    expect(unknownApi.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await get('/api/openapi.json')).headers.get('content-type')).toMatch(/^application\/json/);
    expect((await get('/healthz')).status).toBe(200);
    const post = await get('/dossiers', { method: 'POST' });
    expect(post.status).toBe(404);
  });
});
