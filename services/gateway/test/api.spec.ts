import { passwordToken, startService, type ServiceProcess } from '@certhub/testing';

describe('gateway HTTP conventions', () => {
  let gateway: ServiceProcess;
  let token: string;

  beforeAll(async () => {
    gateway = await startService('gateway', { BODY_LIMIT: '2kb', RATE_LIMIT_PER_MINUTE: '40' });
    token = await passwordToken('cb.admin@certhub.local');
  });
  afterAll(() => gateway?.stop());

  const call = (path: string, init: RequestInit = {}) =>
    fetch(`${gateway.url}${path}`, {
      ...init,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        ...(init.headers ?? {}),
      },
    });

  it('serves an OpenAPI 3.1 document generated from the routes, and Swagger UI', async () => {
    const doc = (await (await fetch(`${gateway.url}/api/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { security: unknown[]; parameters: { name: string; in: string }[] }>
      >;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/users',
        '/api/v1/users/{userId}',
        '/api/v1/organisations/{organisationId}/sites',
      ]),
    );
    const list = doc.paths['/api/v1/users']?.['get'];
    expect(list?.security).toEqual([{ bearer: [] }]);
    expect(list?.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(['page', 'pageSize', 'sort', 'q']),
    );
    expect(doc.paths['/api/v1/registrations']?.['post']?.security).toEqual([]);

    const ui = await fetch(`${gateway.url}/api/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
  });

  it('rejects unknown fields and bad values with 422 problem+json listing each field', async () => {
    const res = await call('/api/v1/users', {
      method: 'POST',
      body: JSON.stringify({
        email: 'not-an-email',
        firstName: 'A',
        lastName: 'B',
        role: 'auditor',
        isAdmin: true,
      }),
    });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = (await res.json()) as { type: string; errors: { field: string; message: string }[] };
    expect(body.type).toBe('https://certhub.dev/problems/validation-failed');
    expect(body.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['email', 'isAdmin']));
  });

  it('answers 413 problem+json to a body over the limit', async () => {
    const res = await call('/api/v1/users', {
      method: 'POST',
      body: JSON.stringify({ email: 'x'.repeat(4096) }),
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('sets security headers and echoes a correlation id', async () => {
    const res = await call('/api/v1/me');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-correlation-id')).toMatch(/^[\w-]+$/);
  });

  it('limits requests per principal with 429 and Retry-After', async () => {
    const other = await passwordToken('auditor@certhub.local');
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 45; i += 1) {
      const res = await fetch(`${gateway.url}/api/v1/me`, { headers: { authorization: `Bearer ${other}` } });
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
    }
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(40);
    expect(statuses).toContain(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    // Another principal keeps its own budget.
    expect((await call('/api/v1/me')).status).toBe(200);
  });
});
