import { passwordToken, startService, type ServiceProcess } from '@certhub/testing';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';

/**
 * The gateway's side of document transfers, alone: authentication first, the raw-body rule, and a
 * clear 503 when the document service cannot be reached. The whole path (with the document
 * service, MinIO and every content rule) is tested in services/document/test.
 */
describe('document routes of the gateway', () => {
  let gateway: ServiceProcess;
  let token: string;

  beforeAll(async () => {
    // A port nobody listens on: the document service is down.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    gateway = await startService('gateway', { DOCUMENT_URL: `http://127.0.0.1:${port}` });
    token = await passwordToken('org.admin@certhub.local');
  }, 60_000);
  afterAll(() => gateway?.stop());

  const call = (path: string, init: RequestInit = {}, bearer: string | null = token) =>
    fetch(`${gateway.url}/api/v1${path}`, {
      ...init,
      headers: { ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...(init.headers as object) },
    });

  it('authenticates before anything reaches the document service', async () => {
    for (const [method, path] of [
      ['POST', '/documents?contextId=c1'],
      ['PUT', '/documents/d1/content'],
      ['GET', '/documents/d1/content'],
      ['PUT', '/documents/uploads/u1/parts/1'],
      ['POST', '/documents/uploads'],
    ]) {
      const res = await call(
        path as string,
        { method: method as string, body: method === 'GET' ? null : 'x' },
        null,
      );
      expect([method, res.status]).toEqual([method, 401]);
    }
  });

  it('answers 503 problem+json when the document service is unreachable', async () => {
    for (const res of [
      await call('/documents?contextId=c1&filename=a.pdf', {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream' },
        body: Buffer.from('%PDF-1.7 hello'),
      }),
      await call('/documents/d1/content'),
      await call('/documents/uploads/3f0c1a52-5b7e-4c61-9a1e-0d6c2f7d8e11/parts/2', {
        method: 'PUT',
        headers: { 'content-type': 'application/octet-stream' },
        body: Buffer.alloc(1024),
      }),
    ]) {
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(res.headers.get('retry-after')).toBe('5');
      const body = await res.text();
      expect(JSON.parse(body)).toMatchObject({
        detail: 'the document service is unavailable: try again in a moment',
      });
      // The internal address the gateway could not reach is logged, not returned.
      expect(body).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|:\d{4,5}\b/);
    }
  });

  it('answers 404 to ids that are not ids (`.`, `..`, encoded) before any internal call', async () => {
    // Sent as written (fetch would resolve the dots itself): what a hostile client can send.
    const raw = (path: string) =>
      new Promise<{ status: number; type: string }>((resolve, reject) => {
        const { hostname, port } = new URL(gateway.url);
        const req = request({
          hostname,
          port,
          path: `/api/v1${path}`,
          headers: { authorization: `Bearer ${token}` },
        });
        req.on('response', (res) => {
          res.resume();
          resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']) });
        });
        req.on('error', reject);
        req.end();
      });
    for (const id of ['.', '..', '%2e%2e', '%2E', 'a%2Fb', '..%2F..']) {
      for (const path of [
        `/documents/${id}/content`,
        `/certificates/${id}/pdf`,
        `/dossiers/${id}/questionnaire.pdf`,
      ]) {
        const res = await raw(path);
        expect([path, res.status]).toEqual([path, 404]);
        expect(res.type).toMatch(/application\/problem\+json/);
      }
    }
  });

  it('wants the file itself as the body, not JSON', async () => {
    const res = await call('/documents?contextId=c1', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ file: 'JVBERi0=' }),
    });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { detail: string }).detail).toMatch(
      /send the file itself as the request body/,
    );
  });

  it('documents the metadata routes in OpenAPI', async () => {
    const doc = (await (await fetch(`${gateway.url}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    expect(doc.paths['/api/v1/documents']?.['get']?.operationId).toBe('document.documents.list');
    expect(doc.paths['/api/v1/documents/{documentId}']?.['delete']?.operationId).toBe(
      'document.documents.delete',
    );
  });

  it('streams the part of a resumable upload like a file: raw bytes only, ids checked, in OpenAPI', async () => {
    const json = await call('/documents/uploads/u1/parts/1', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(415);
    // Sent as written: an id that is not one never reaches the document service (which is down: 503).
    const { hostname, port } = new URL(gateway.url);
    for (const path of ['/documents/uploads/../parts/1', '/documents/uploads/u1/parts/%2e%2e']) {
      const status = await new Promise<number>((resolve, reject) => {
        const req = request({
          hostname,
          port,
          method: 'PUT',
          path: `/api/v1${path}`,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
        });
        req.on('response', (res) => (res.resume(), resolve(res.statusCode ?? 0)));
        req.on('error', reject);
        req.end('x');
      });
      expect([path, status]).toEqual([path, 404]);
    }
    const doc = (await (await fetch(`${gateway.url}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { operationId: string; requestBody?: { content: object } }>>;
    };
    const part = doc.paths['/api/v1/documents/uploads/{uploadId}/parts/{partNumber}']?.['put'];
    expect(part?.operationId).toBe('document.uploads.part');
    expect(Object.keys(part?.requestBody?.content ?? {})).toEqual(['application/octet-stream']);
    expect(doc.paths['/api/v1/documents/uploads']?.['post']?.operationId).toBe('document.uploads.create');
    expect(doc.paths['/api/v1/documents/uploads/{uploadId}/completion']?.['post']?.operationId).toBe(
      'document.uploads.complete',
    );
  });
});
