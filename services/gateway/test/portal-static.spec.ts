import { runtimeEnv, startService, type ServiceProcess } from '@certhub/testing';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The gateway serves the built portal on the API's origin without shadowing any API path. */
describe('gateway serving the portal', () => {
  let gateway: ServiceProcess;
  const dir = mkdtempSync(join(tmpdir(), 'certhub-portal-'));

  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'));
    mkdirSync(join(dir, '.vite'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>portal</title>');
    writeFileSync(join(dir, 'assets', 'index-Ab12Cd34.js'), 'console.log(1)');
    writeFileSync(join(dir, '.vite', 'manifest.json'), '{"index.html":{"file":"assets/index-Ab12Cd34.js"}}');
    gateway = await startService('gateway', { PORTAL_DIR: dir });
  });
  afterAll(() => {
    gateway?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

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

  it('keeps the build’s manifest to itself', async () => {
    const res = await get('/.vite/manifest.json');
    expect(await res.text()).toContain('<title>portal</title>');
  });

  // Last: it rebuilds the portal under the running gateway.
  it('serves the page of a new build at once, not the one whose assets the build deleted', async () => {
    const page = '<!doctype html><title>portal 2</title><script src="/assets/index-Ef56Gh78.js"></script>';
    // What `vite build` does: empty the directory, then write the new files.
    rmSync(join(dir, 'index.html'));
    rmSync(join(dir, 'assets'), { recursive: true });
    expect(await (await get('/dossiers')).text()).toContain('<title>portal</title>');
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'index-Ef56Gh78.js'), 'console.log(2)');
    writeFileSync(join(dir, 'index.html'), page);
    for (const path of ['/', '/dossiers/d-1']) expect(await (await get(path)).text()).toBe(page);
    expect((await get('/assets/index-Ef56Gh78.js')).status).toBe(200);
    expect((await get('/assets/index-Ab12Cd34.js')).status).toBe(404);
  });
});
