import { passwordToken, startService, type ServiceProcess } from '@certhub/testing';
import { connect } from 'node:net';

type Operation = {
  operationId: string;
  security: Record<string, unknown>[];
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, { content?: Record<string, unknown> }>;
};
type Document = { paths: Record<string, Record<string, Operation>> };

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

const templateMatches = (template: string, url: string) =>
  new RegExp(`^${template.replace(/\./g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`).test(url);

/**
 * The OpenAPI document against the real gateway, operation by operation: each refusal the gateway
 * itself makes (no token, a body that is not JSON, or not declared JSON, bad bytes in the path, a
 * method the path lacks, headers too large) is answered problem+json with a correlation id, and
 * with a status the document declares for that operation. The services behind stay away: every
 * request here is settled at the edge.
 */
describe('the API contract, walked', () => {
  let gateway: ServiceProcess;
  let token: string;
  let doc: Document;
  const operations: { method: string; path: string; op: Operation }[] = [];

  beforeAll(async () => {
    gateway = await startService('gateway', {
      RATE_LIMIT_PER_MINUTE: '100000',
      PUBLIC_VERIFY_RATE_LIMIT_PER_MINUTE: '100000',
      BODY_LIMIT: '4kb',
    });
    token = await passwordToken('platform.admin@certhub.local');
    doc = (await (await fetch(`${gateway.url}/api/openapi.json`)).json()) as Document;
    for (const [path, item] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(item)) operations.push({ method, path, op });
  });
  afterAll(() => gateway?.stop());

  /**
   * A token is required unless the operation has no requirement or lists the empty one (`{}`, a
   * caller who may be signed in: lodging a complaint).
   */
  const needsToken = (op: Operation) =>
    op.security.length > 0 && op.security.every((s) => Object.keys(s).length > 0);

  /** A URL for the template, each parameter a plausible id (`questionnaire.{format}` → `.pdf`). */
  const concrete = (path: string) => path.replace(/\{format\}/g, 'pdf').replace(/\{\w+\}/g, 'x1');

  /** The answer is a problem with a correlation id, and its status is one the operation declares. */
  async function expectDeclaredProblem(res: Response, op: Operation, what: string): Promise<number> {
    const body = (await res.json()) as { status: number; correlationId?: string; type: string };
    const context = `${op.operationId} ${what}: ${res.status} ${JSON.stringify(body)}`;
    expect([context, res.headers.get('content-type')]).toEqual([
      context,
      expect.stringContaining('application/problem+json'),
    ]);
    expect([context, body.status]).toEqual([context, res.status]);
    expect([context, body.correlationId]).toEqual([context, expect.stringMatching(/^[\w.-]+$/)]);
    expect([context, Object.keys(op.responses)]).toEqual([
      context,
      expect.arrayContaining([String(res.status)]),
    ]);
    return res.status;
  }

  it('describes the file, export, stream and identity routes too, with their content types', () => {
    const types = (path: string, method: string, status = '200') =>
      Object.keys(doc.paths[path]?.[method]?.responses[status]?.content ?? {});
    expect(types('/api/v1/me', 'get')).toEqual(['application/json']);
    expect(types('/api/v1/certificates/{certificateId}/pdf', 'get')).toEqual(['application/pdf']);
    expect(types('/api/v1/analytics/export', 'get')).toEqual([
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    expect(types('/api/v1/dossiers/{dossierId}/questionnaire.{format}', 'get')).toContain('application/pdf');
    expect(types('/api/v1/documents', 'post', '201')).toEqual(['application/json']);
    expect(Object.keys(doc.paths['/api/v1/documents']?.['post']?.requestBody?.content ?? {})).toEqual([
      '*/*',
    ]);
    expect(
      Object.keys(doc.paths['/api/v1/public/certificates/verify-file']?.['post']?.requestBody?.content ?? {}),
    ).toEqual(['application/pdf']);
    expect(types('/api/v1/partners/me/events/stream', 'get')).toEqual(['text/event-stream']);
  });

  it('declares on every operation the errors the edge can answer', () => {
    for (const { method, path, op } of operations) {
      const declared = Object.keys(op.responses);
      const expected = ['404', '429', '431', '500'];
      if (needsToken(op)) expected.push('401', '403');
      if (op.requestBody) expected.push('400', '413', '415');
      if (method !== 'get') expected.push('409');
      expect([`${method} ${path}`, declared]).toEqual([
        `${method} ${path}`,
        expect.arrayContaining(expected),
      ]);
    }
  });

  it('checks the token before reading the body: no token and a broken body is 401', async () => {
    for (const { method, path, op } of operations.filter(({ op }) => needsToken(op))) {
      const res = await fetch(`${gateway.url}${concrete(path)}`, {
        method: method.toUpperCase(),
        ...(op.requestBody ? { headers: { 'content-type': 'application/json' }, body: '{"broken' } : {}),
      });
      expect([op.operationId, await expectDeclaredProblem(res, op, 'without a token')]).toEqual([
        op.operationId,
        401,
      ]);
    }
  });

  it('answers a body that is not JSON 400, and one not declared JSON 415, never an empty body', async () => {
    for (const { method, path, op } of operations.filter(
      ({ op }) => op.requestBody?.content['application/json'],
    )) {
      const send = (headers: Record<string, string>, body: string | Uint8Array) =>
        fetch(`${gateway.url}${concrete(path)}`, {
          method: method.toUpperCase(),
          headers: { authorization: `Bearer ${token}`, ...headers },
          body,
        });
      // 403 when the admin lacks the route's role: checked first, also declared.
      const broken = await expectDeclaredProblem(
        await send({ 'content-type': 'application/json' }, '{"broken'),
        op,
        'malformed JSON',
      );
      expect([op.operationId, [400, 403]]).toEqual([op.operationId, expect.arrayContaining([broken])]);
      const latin1 = await expectDeclaredProblem(
        await send(
          { 'content-type': 'application/json' },
          new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]),
        ),
        op,
        'invalid UTF-8',
      );
      expect([op.operationId, [400, 403]]).toEqual([op.operationId, expect.arrayContaining([latin1])]);
      const form = await expectDeclaredProblem(
        await send({ 'content-type': 'application/x-www-form-urlencoded' }, 'a=1'),
        op,
        'a form body',
      );
      expect([op.operationId, [415, 403]]).toEqual([op.operationId, expect.arrayContaining([form])]);
    }
  });

  it('answers bad bytes in the path 400 on every route with a path parameter', async () => {
    for (const { method, path, op } of operations.filter(({ path }) => path.includes('{'))) {
      const url = path.replace(/\{format\}/, 'pdf').replace(/\{\w+\}/g, '%ff%fe');
      const res = await fetch(`${gateway.url}${url}`, {
        method: method.toUpperCase(),
        headers: { authorization: `Bearer ${token}` },
      });
      const status = await expectDeclaredProblem(res, op, 'bad bytes in the path');
      // 403 when the admin lacks the route's role, which is checked first.
      expect([op.operationId, [400, 403]]).toEqual([op.operationId, expect.arrayContaining([status])]);
    }
  });

  it('answers a method the path does not have 405 with Allow, matching the document', async () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      // A method the path lacks, that no other path reaching the same URL has
      // (`GET /partners/verify` is `GET /partners/{partnerId}`).
      const url = concrete(path);
      const elsewhere = Object.entries(doc.paths).flatMap(([other, methods]) =>
        other !== path && templateMatches(other, url) ? Object.keys(methods) : [],
      );
      const missing = METHODS.find((m) => !(m in item) && !elsewhere.includes(m));
      if (!missing) continue;
      const res = await fetch(`${gateway.url}${url}`, {
        method: missing.toUpperCase(),
        headers: { authorization: `Bearer ${token}` },
      });
      const body = (await res.json()) as { correlationId?: string };
      expect([path, res.status, res.headers.get('content-type')]).toEqual([
        path,
        405,
        expect.stringContaining('application/problem+json'),
      ]);
      expect(body.correlationId).toBeTruthy();
      expect([path, res.headers.get('allow')?.split(', ').sort()]).toEqual([
        path,
        [...new Set([...Object.keys(item), ...elsewhere])].map((m) => m.toUpperCase()).sort(),
      ]);
    }
    const unknown = await fetch(`${gateway.url}/api/v1/no-such-thing`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
  });

  it('refuses NUL, other controls and unpaired surrogates in any text, naming each field', async () => {
    const res = await fetch(`${gateway.url}/api/v1/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      // JSON escapes make what UTF-8 bytes cannot: a NUL and a lone surrogate.
      body: '{"email":"a@example.org","firstName":"A\\u0000","lastName":"\\ud800B","role":"cb_admin"}',
    });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { errors: { field: string }[]; correlationId: string };
    expect(body.errors.map((e) => e.field).sort()).toEqual(['firstName', 'lastName']);
    expect(body.correlationId).toBeTruthy();
    const query = await fetch(`${gateway.url}/api/v1/users?q=%00`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(query.status).toBe(422);
  });

  it('answers headers over the limit 431 problem+json with a correlation id', async () => {
    const raw = await new Promise<string>((resolve, reject) => {
      const url = new URL(gateway.url);
      const socket = connect(Number(url.port), url.hostname, () => {
        socket.write(`GET /api/v1/me HTTP/1.1\r\nhost: x\r\nx-big: ${'a'.repeat(64 * 1024)}\r\n\r\n`);
      });
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('end', () => resolve(answer));
      socket.on('error', (error) => (answer ? resolve(answer) : reject(error)));
    });
    const [head, body] = raw.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    expect(head).toMatch(/content-type: application\/problem\+json/i);
    expect(JSON.parse(body ?? '')).toMatchObject({ status: 431, correlationId: expect.any(String) });
  });
});
