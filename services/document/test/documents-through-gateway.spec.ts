import {
  OBJECT_HANDOFF_TYPE,
  ObjectHandoffSchema,
  SYSTEM_PRINCIPAL,
  type DocumentResponse,
  type Principal,
} from '@certhub/contracts';
import { uniqueId } from '@certhub/testing';
import { createHash } from 'node:crypto';
import { pdfBytes, workbook } from './support/fixtures';
import { BUCKET, CB, DocumentHarness, ORG, tokens, userIdOf } from './support/document-harness';
import { buildZip, minimalDocx, nestedZipBomb } from './support/zip-builder';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const json = async <T>(res: Response) => (await res.json()) as T;
interface Problem {
  status: number;
  type: string;
  detail: string;
  errors?: unknown;
}

/** Uploads and downloads through the gateway, real tokens, the real document service and MinIO. */
describe('documents through the gateway', () => {
  let h: DocumentHarness;
  let org: string;
  let cb: string;

  beforeAll(async () => {
    h = await DocumentHarness.start();
    ({ org, cb } = await tokens());
  }, 120_000);
  afterAll(() => h?.stop());

  it('stores a name without its bidi controls, so it reads everywhere as it ends', async () => {
    const { contextId } = await h.context();
    const res = await h.upload(org, contextId, pdfBytes(1_000), 'relev\u202Efdp.\u2066facture\u2069.pdf');
    expect(res.status).toBe(201);
    expect((await json<DocumentResponse>(res)).name).toBe('relevfdp.facture.pdf');
  });

  it('round-trips the bytes exactly, with a safe UTF-8 Content-Disposition and Range', async () => {
    const { contextId } = await h.context();
    const bytes = pdfBytes(300_000);
    const res = await h.upload(org, contextId, bytes, 'Relevé "n°1"\r\nX-Evil: 1.pdf');
    expect(res.status).toBe(201);
    const doc = await json<DocumentResponse>(res);
    expect(doc).toMatchObject({
      contextId,
      ownerTenantId: ORG,
      name: 'Relevé "n°1"X-Evil: 1.pdf',
      fileKind: 'pdf',
      contentType: 'application/pdf',
      size: bytes.length,
      sha256: sha256(bytes),
      version: 1,
      uploadedBy: { userId: userIdOf(org), tenantType: 'organisation', tenantId: ORG },
    });

    // The CB reads what the organisation uploaded.
    const whole = await h.api(`/documents/${doc.documentId}/content`, cb);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('application/pdf');
    expect(whole.headers.get('x-content-type-options')).toBe('nosniff');
    expect(whole.headers.get('content-disposition')).toBe(
      `attachment; filename="Relev_ _n_1_X-Evil: 1.pdf"; filename*=UTF-8''Relev%C3%A9%20%22n%C2%B01%22X-Evil%3A%201.pdf`,
    );
    expect(whole.headers.get('x-evil')).toBeNull();
    expect(sha256(Buffer.from(await whole.arrayBuffer()))).toBe(sha256(bytes));

    const part = await h.api(`/documents/${doc.documentId}/content`, org, {
      headers: { range: 'bytes=1000-1999' },
    });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 1000-1999/${bytes.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(1000, 2000))).toBe(true);
    const tail = await h.api(`/documents/${doc.documentId}/content`, org, {
      headers: { range: 'bytes=-10' },
    });
    expect(Buffer.from(await tail.arrayBuffer()).equals(bytes.subarray(bytes.length - 10))).toBe(true);
    const beyond = await h.api(`/documents/${doc.documentId}/content`, org, {
      headers: { range: `bytes=${bytes.length}-` },
    });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${bytes.length}`);

    const listed = await json<{ items: DocumentResponse[]; total: number }>(
      await h.api(`/documents?contextId=${encodeURIComponent(contextId)}`, cb),
    );
    expect(listed.total).toBe(1);
    expect(listed.items[0]?.documentId).toBe(doc.documentId);
  });

  it('hands the gateway a short-lived presigned GET of what it authorised, and the bytes to other callers', async () => {
    const { contextId } = await h.context();
    const bytes = pdfBytes(200_000);
    const doc = await json<DocumentResponse>(await h.upload(org, contextId, bytes, 'relevé.pdf'));
    const path = `/${doc.documentId}/content`;

    const handed = await h.internal(path, SYSTEM_PRINCIPAL, {
      headers: { accept: OBJECT_HANDOFF_TYPE, range: 'bytes=10-19' },
    });
    expect(handed.status).toBe(200);
    expect(handed.headers.get('content-type')).toMatch(OBJECT_HANDOFF_TYPE);
    const handoff = ObjectHandoffSchema.parse(await handed.json());
    expect(handoff).toMatchObject({
      status: 206,
      range: 'bytes=10-19',
      // The gateway waits on the store no longer than this service would.
      timeoutMs: expect.any(Number),
      headers: {
        'content-type': 'application/pdf',
        'content-length': '10',
        'content-range': `bytes 10-19/${bytes.length}`,
        'content-disposition': expect.stringMatching(/^attachment; filename="relev_.pdf"/),
      },
    });
    expect(new URL(handoff.url).searchParams.get('X-Amz-Expires')).toBe('60');
    // The URL is its own credential (no token), for the object the service named.
    const part = await fetch(handoff.url, { headers: { range: handoff.range ?? '' } });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(10, 20))).toBe(true);

    // Mail attachments ask for the bytes themselves.
    const streamed = await h.internal(path, SYSTEM_PRINCIPAL);
    expect(streamed.headers.get('content-type')).toBe('application/pdf');
    expect(sha256(Buffer.from(await streamed.arrayBuffer()))).toBe(sha256(bytes));

    // No handoff for whoever may not read: the same 404 as through the gateway.
    const stranger: Principal = {
      userId: userIdOf(cb),
      tenantType: 'cb',
      tenantId: 'cb-other',
      roles: ['cb_admin'],
    };
    const refused = await h.internal(path, stranger, { headers: { accept: OBJECT_HANDOFF_TYPE } });
    expect(refused.status).toBe(404);
  });

  it('answers 503, not a file that differs from its headers, when the store holds other bytes under the key', async () => {
    const { contextId } = await h.context();
    const doc = await json<DocumentResponse>(await h.upload(org, contextId, pdfBytes(50_000)));
    const stored = await h.collection('documents').findOne({ _id: doc.documentId as never });
    const key = (stored?.['versions'] as { key: string }[] | undefined)?.[0]?.key ?? '';
    const other = pdfBytes(10_000);
    await h.s3.putObject(BUCKET, key, other, other.length);

    const res = await h.api(`/documents/${doc.documentId}/content`, org);
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(((await res.json()) as Problem).detail).toMatch(/document store is unavailable/);
  });

  it('refuses a file over the limit with 413 as soon as it passes, from a stream with no length', async () => {
    const { contextId } = await h.context({
      rules: { accept: ['pdf'], maxBytes: 256 * 1024, maxCount: 8 },
    });
    let sent = 0;
    const chunk = pdfBytes(64 * 1024);
    // 4 MiB offered in 64 KiB chunks without Content-Length: the service counts as it streams.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 4 * 1024 * 1024) return controller.close();
        sent += chunk.length;
        controller.enqueue(new Uint8Array(chunk));
      },
    });
    const res = await h.upload(org, contextId, body);
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((await json<Problem>(res)).detail).toMatch(/larger than 262144 bytes/);
    // Declared too large: refused before a byte is read.
    const declared = await h.upload(org, contextId, pdfBytes(300 * 1024));
    expect(declared.status).toBe(413);
    expect(await h.collection('documents').countDocuments({ contextId })).toBe(0);
    expect(await h.collection('pending_uploads').countDocuments({ contextId })).toBe(0);
  });

  it('judges the type by content: 415 for a renamed file and for a kind the context does not accept', async () => {
    const { contextId } = await h.context({ rules: { accept: ['pdf'], maxBytes: 1024 * 1024, maxCount: 8 } });
    const fake = await h.upload(
      org,
      contextId,
      Buffer.from('MZ\x90\x00 this is an executable'),
      'rapport.pdf',
    );
    expect(fake.status).toBe(415);
    expect((await json<Problem>(fake)).detail).toMatch(/not a recognised type/);
    const docx = await h.upload(org, contextId, minimalDocx(), 'notes.pdf');
    expect(docx.status).toBe(415);
    expect((await json<Problem>(docx)).detail).toBe('the file is a docx; accepted here: pdf');
  });

  it('checks the name against the content: a PDF named setup.exe or page.html is refused, one without extension gets .pdf', async () => {
    const { contextId } = await h.context({ rules: { accept: ['pdf'], maxBytes: 1024 * 1024, maxCount: 8 } });
    for (const name of ['setup.exe', 'page.html']) {
      const refused = await h.upload(org, contextId, pdfBytes(), name);
      expect([name, refused.status]).toEqual([name, 415]);
      expect((await json<Problem>(refused)).detail).toBe(
        `the file's content is PDF but its name ends in .${name.split('.')[1]}: name it .pdf`,
      );
    }
    expect(await h.collection('documents').countDocuments({ contextId })).toBe(0);

    const stored = await json<DocumentResponse>(await h.upload(org, contextId, pdfBytes(), 'statuts'));
    expect(stored.name).toBe('statuts.pdf');
    const download = await h.api(`/documents/${stored.documentId}/content`, org);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="statuts.pdf"/);
  });

  it('refuses the same file twice in a context (409 naming the first), and more than maxCount', async () => {
    const { contextId } = await h.context({ rules: { accept: ['pdf'], maxBytes: 1024 * 1024, maxCount: 2 } });
    const bytes = pdfBytes();
    const first = await json<DocumentResponse>(await h.upload(org, contextId, bytes, 'attestation.pdf'));
    const again = await h.upload(org, contextId, bytes, 'copie.pdf');
    expect(again.status).toBe(409);
    const problem = await json<Problem & { details?: unknown }>(again);
    expect(problem.detail).toContain(`“attestation.pdf” (document ${first.documentId})`);
    // Another context may hold the same bytes.
    const other = await h.context();
    expect((await h.upload(org, other.contextId, bytes)).status).toBe(201);

    expect((await h.upload(org, contextId, pdfBytes())).status).toBe(201);
    const third = await h.upload(org, contextId, pdfBytes());
    expect(third.status).toBe(409);
    expect((await json<Problem>(third)).detail).toMatch(/maximum of 2 document/);
    // Deleting one frees a place.
    expect((await h.api(`/documents/${first.documentId}`, org, { method: 'DELETE' })).status).toBe(200);
    expect((await h.upload(org, contextId, pdfBytes())).status).toBe(201);
  });

  it('inspects zips without extracting: traversal names and bombs are refused, a sane zip is kept', async () => {
    const { contextId } = await h.context({ rules: { accept: ['zip'], maxBytes: 1024 * 1024, maxCount: 8 } });
    const traversal = await h.upload(
      org,
      contextId,
      buildZip([{ name: '../../etc/cron.d/x', data: 'x' }]),
      'a.zip',
    );
    expect(traversal.status).toBe(422);
    expect((await json<Problem>(traversal)).detail).toMatch(/climbs out of the folder/);
    // 20 MiB of zeros deflate to ~20 KiB: a 1000:1 ratio, beyond the 200:1 allowed.
    const bomb = buildZip([{ name: 'zeros.bin', data: Buffer.alloc(20 * 1024 * 1024) }]);
    const refused = await h.upload(org, contextId, bomb, 'bomb.zip');
    expect(refused.status).toBe(422);
    expect((await json<Problem>(refused)).detail).toMatch(/zip bomb/);
    const nested = nestedZipBomb();
    expect(nested.length).toBeLessThan(2048);
    const refusedNested = await h.upload(org, contextId, nested, 'nested.zip');
    expect(refusedNested.status).toBe(422);
    expect((await json<Problem>(refusedNested)).detail).toMatch(/zip bomb/);
    const liar = buildZip([{ name: 'small.txt', data: Buffer.alloc(500_000, 65), declaredSize: 10 }]);
    expect((await h.upload(org, contextId, liar, 'liar.zip')).status).toBe(422);
    const sane = buildZip([{ name: 'preuves/Relevé.txt', data: 'ok' }]);
    expect((await h.upload(org, contextId, sane, 'preuves.zip')).status).toBe(201);
  });

  it('checks a spreadsheet against its template and says what differs', async () => {
    const templates = await h.context({
      contextId: `template:${uniqueId('t')}`,
      kind: 'template',
      readers: [{ tenantType: 'organisation', tenantId: ORG }],
      writers: [{ tenantType: 'organisation', tenantId: ORG }],
      rules: { accept: ['xlsx'], maxBytes: 1024 * 1024, maxCount: 8 },
    });
    const template = await json<DocumentResponse>(
      await h.upload(
        org,
        templates.contextId,
        await workbook({ Sites: ['SIRET', 'Adresse'], Effectifs: ['Année', 'ETP'] }),
        'modele.xlsx',
      ),
    );
    const { contextId } = await h.context({
      rules: {
        accept: ['xlsx', 'pdf'],
        maxBytes: 1024 * 1024,
        maxCount: 8,
        templateDocumentId: template.documentId,
      },
    });
    const wrong = await h.upload(
      org,
      contextId,
      await workbook({ Sites: ['SIRET', 'Adresse postale'], Feuil1: [] }),
      'rempli.xlsx',
    );
    expect(wrong.status).toBe(422);
    expect((await json<Problem>(wrong)).detail).toBe(
      'the spreadsheet does not follow the template “modele.xlsx”: missing sheet(s): "Effectifs"; ' +
        'sheet(s) not in the template: "Feuil1"; sheet "Sites", column B: header "Adresse postale" where the template has "Adresse"',
    );
    const right = await h.upload(
      org,
      contextId,
      await workbook({ Sites: ['SIRET', 'Adresse'], Effectifs: ['Année', 'ETP'] }),
      'rempli.xlsx',
    );
    expect(right.status).toBe(201);
  });

  it('keeps previous versions when a document is replaced', async () => {
    const { contextId } = await h.context();
    const v1 = pdfBytes();
    const v2 = pdfBytes();
    const doc = await json<DocumentResponse>(await h.upload(org, contextId, v1, 'plan.pdf'));
    const replaced = await h.api(`/documents/${doc.documentId}/content?filename=plan-v2.pdf`, org, {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream' },
      body: v2,
    });
    expect(replaced.status).toBe(200);
    expect(await json<DocumentResponse>(replaced)).toMatchObject({
      version: 2,
      name: 'plan-v2.pdf',
      sha256: sha256(v2),
    });
    const versions = await json<{ items: { version: number; sha256: string }[] }>(
      await h.api(`/documents/${doc.documentId}/versions`, cb),
    );
    expect(versions.items.map((v) => [v.version, v.sha256])).toEqual([
      [2, sha256(v2)],
      [1, sha256(v1)],
    ]);
    const old = await h.api(`/documents/${doc.documentId}/content?version=1`, cb);
    expect(sha256(Buffer.from(await old.arrayBuffer()))).toBe(sha256(v1));
    const current = await h.api(`/documents/${doc.documentId}/content`, cb);
    expect(sha256(Buffer.from(await current.arrayBuffer()))).toBe(sha256(v2));
  });

  it('hides everything from another tenant (404) and lets readers read but not write (403)', async () => {
    const { contextId } = await h.context({
      readers: [],
      writers: [{ tenantType: 'organisation', tenantId: ORG }],
    });
    const doc = await json<DocumentResponse>(await h.upload(org, contextId, pdfBytes()));
    for (const [method, path] of [
      ['GET', `/documents?contextId=${encodeURIComponent(contextId)}`],
      ['GET', `/documents/${doc.documentId}`],
      ['GET', `/documents/${doc.documentId}/versions`],
      ['GET', `/documents/${doc.documentId}/content`],
      ['DELETE', `/documents/${doc.documentId}`],
    ] as const) {
      const res = await h.api(path, cb, { method });
      expect([method, path, res.status]).toEqual([method, path, 404]);
      expect(await res.text()).not.toContain(ORG);
    }
    expect((await h.upload(cb, contextId, pdfBytes())).status).toBe(404);
    const replace = await h.api(`/documents/${doc.documentId}/content`, cb, {
      method: 'PUT',
      body: pdfBytes(),
    });
    expect(replace.status).toBe(404);

    const readOnly = await h.context({ readers: [{ tenantType: 'cb', tenantId: CB }] });
    expect((await h.upload(cb, readOnly.contextId, pdfBytes())).status).toBe(403);
    // Unauthenticated: 401 before anything reaches the document service.
    expect((await fetch(`${h.gateway.url}/api/v1/documents/${doc.documentId}/content`)).status).toBe(401);
  });

  it('keeps a context’s owner unless its owning service moves it, and then moves its documents too', async () => {
    const { contextId } = await h.context();
    const res = await h.upload(org, contextId, pdfBytes(2_000), 'preuve.pdf');
    const doc = await json<DocumentResponse>(res);
    // Another owner named without moving: refused, nothing changes.
    await expect(h.context({ contextId, ownerTenantId: 'org-elsewhere' })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await h.api(`/documents/${doc.documentId}`, org)).status).toBe(200);

    // Moved (the thing its documents belong to changed tenant): the old owner no longer reaches them.
    const moved = await h.context({
      contextId,
      ownerTenantId: 'org-elsewhere',
      moveOwner: true,
      writers: [{ tenantType: 'organisation', tenantId: 'org-elsewhere' }],
    });
    expect(moved).toMatchObject({ contextId, ownerTenantId: 'org-elsewhere' });
    expect(await h.collection('documents').findOne({ _id: doc.documentId as never })).toMatchObject({
      tenantId: 'org-elsewhere',
    });
    expect((await h.api(`/documents/${doc.documentId}`, org)).status).toBe(404);
    const listed = await json<{ items: DocumentResponse[] }>(
      await h.api(`/documents?contextId=${encodeURIComponent(contextId)}`, cb),
    );
    expect(listed.items.map((d) => [d.documentId, d.ownerTenantId])).toEqual([
      [doc.documentId, 'org-elsewhere'],
    ]);
    // Idempotent: moving it again changes nothing.
    await expect(
      h.context({ contextId, ownerTenantId: 'org-elsewhere', moveOwner: true }),
    ).resolves.toMatchObject({ ownerTenantId: 'org-elsewhere' });
  });

  it('registers contexts for internal callers only', async () => {
    await expect(
      h.call(
        'document.contexts.upsert',
        {
          contextId: `x:${uniqueId('c')}`,
          kind: 'evaluation',
          ownerTenantId: ORG,
          readers: [],
          writers: [],
          rules: { accept: ['pdf'], maxBytes: 10, maxCount: 1 },
          retentionDays: 1,
        },
        { userId: userIdOf(org), tenantType: 'organisation', tenantId: ORG, roles: ['org_admin'] },
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
