import type { DocumentResponse, UploadPart, UploadSession } from '@certhub/contracts';
import { waitFor } from '@certhub/testing';
import { createHash } from 'node:crypto';
import { BUCKET, DocumentHarness, tokens, userIdOf } from './support/document-harness';
import { EICAR, PNG_BYTES, pdfBytes } from './support/fixtures';

const MiB = 1024 * 1024;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Resumable uploads through the gateway against the real document service, MinIO and clamd: an
 * S3 multipart upload per file, parts streamed one request each, resumed from the parts the
 * service says it holds, and completed through the same checks as a single upload.
 */
describe('resumable uploads', () => {
  let h: DocumentHarness;
  let org: string;
  let cb: string;

  beforeAll(async () => {
    h = await DocumentHarness.start({ env: { RECONCILE_INTERVAL_MS: '300' } });
    ({ org, cb } = await tokens());
  }, 120_000);
  afterAll(() => h?.stop());

  const context = (accept: ('pdf' | 'zip')[] = ['pdf']) =>
    h.context({ rules: { accept, maxBytes: 16 * MiB, maxCount: 8 } });

  const start = async (contextId: string, file: Buffer, fileName = 'rapport.pdf', token = org) => {
    const res = await h.api('/documents/uploads', token, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ contextId, fileName, size: file.length }),
    });
    expect(res.status).toBe(201);
    return (await res.json()) as UploadSession;
  };

  const chunk = (session: UploadSession, file: Buffer, n: number) =>
    file.subarray((n - 1) * session.partSize, n * session.partSize);

  const put = (session: UploadSession, n: number, body: Buffer | ReadableStream, token = org) =>
    h.api(`/documents/uploads/${session.uploadId}/parts/${n}`, token, {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream' },
      body,
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit);

  const complete = (session: UploadSession, token = org) =>
    h.api(`/documents/uploads/${session.uploadId}/completion`, token, { method: 'POST' });

  const sendAll = async (session: UploadSession, file: Buffer) => {
    for (let n = 1; n <= session.partCount; n++)
      expect((await put(session, n, chunk(session, file, n))).status).toBe(200);
  };

  /** The parts MinIO holds for a multipart upload (minio-js keeps its listParts protected). */
  const listParts = (key: string, s3UploadId: string) =>
    (h.s3 as unknown as { listParts(b: string, k: string, id: string): Promise<unknown[]> }).listParts(
      BUCKET,
      key,
      s3UploadId,
    );

  /** The session row: where its bytes go in the store. */
  const row = (session: UploadSession) =>
    h.collection('upload_sessions').findOne({ _id: session.uploadId as never }) as Promise<{
      key: string;
      s3UploadId: string;
    } | null>;

  it('resumes an upload cut during its third part from the two stored, and completes it as a document', async () => {
    const { contextId } = await context();
    const file = pdfBytes(12 * MiB);
    const session = await start(contextId, file);
    expect(session).toMatchObject({ partSize: 5 * MiB, partCount: 3, parts: [], fileName: 'rapport.pdf' });

    expect((await put(session, 1, chunk(session, file, 1))).status).toBe(200);
    expect((await put(session, 2, chunk(session, file, 2))).status).toBe(200);
    // The connection breaks half-way through part 3.
    const third = chunk(session, file, 3);
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(third.subarray(0, third.length / 2));
      },
      pull(controller) {
        controller.error(new Error('network down'));
      },
    });
    await expect(put(session, 3, broken)).rejects.toThrow();

    // Where to resume: parts 1 and 2, as sent.
    const status = await h.api(`/documents/uploads/${session.uploadId}`, org);
    expect(status.status).toBe(200);
    const stored = (await status.json()) as UploadSession;
    expect(stored.parts).toEqual([
      { partNumber: 1, size: 5 * MiB, sha256: sha256(chunk(session, file, 1)) },
      { partNumber: 2, size: 5 * MiB, sha256: sha256(chunk(session, file, 2)) },
    ]);
    // Nobody else sees it, not even a reader of the context.
    expect((await h.api(`/documents/uploads/${session.uploadId}`, cb)).status).toBe(404);
    expect((await put(session, 3, third, cb)).status).toBe(404);

    const last = await put(session, 3, third);
    expect(last.status).toBe(200);
    expect((await last.json()) as UploadPart).toEqual({
      partNumber: 3,
      size: third.length,
      sha256: sha256(third),
    });

    const events: { type: string; data: { documentId: string } }[] = [];
    const sub = h.nc.subscribe('evt.document.>', {
      callback: (_error, msg) => events.push(msg.json()),
    });
    const { key } = (await row(session)) ?? { key: '' };
    const done = await complete(session);
    expect(done.status).toBe(201);
    const doc = (await done.json()) as DocumentResponse;
    expect(doc).toMatchObject({
      contextId,
      name: 'rapport.pdf',
      fileKind: 'pdf',
      size: file.length,
      sha256: sha256(file),
      version: 1,
      uploadedBy: { userId: userIdOf(org), tenantType: 'organisation' },
    });
    await waitFor('the uploaded event', () =>
      events.some((e) => e.type === 'certhub.document.uploaded.v1' && e.data.documentId === doc.documentId),
    );
    sub.unsubscribe();

    const download = await h.api(`/documents/${doc.documentId}/content`, cb);
    expect(sha256(Buffer.from(await download.arrayBuffer()))).toBe(sha256(file));
    // The document names the assembled object; the upload and its pending row are gone.
    const saved = await h.collection('documents').findOne({ _id: doc.documentId as never });
    expect(saved?.['versions'][0].key).toBe(key);
    expect(await h.collection('pending_uploads').countDocuments({ _id: key as never })).toBe(0);
    expect((await h.api(`/documents/uploads/${session.uploadId}`, org)).status).toBe(404);
    expect((await complete(session)).status).toBe(404);
  });

  it('takes 8 files of 8 MiB at once into one context of 8, each as parts', async () => {
    const { contextId } = await h.context({ rules: { accept: ['pdf'], maxBytes: 8 * MiB, maxCount: 8 } });
    const files = Array.from({ length: 8 }, () => pdfBytes(8 * MiB));
    const docs = await Promise.all(
      files.map(async (file, i) => {
        const session = await start(contextId, file, `preuve-${i + 1}.pdf`);
        await sendAll(session, file);
        const res = await complete(session);
        expect(res.status).toBe(201);
        return (await res.json()) as DocumentResponse;
      }),
    );
    expect(docs.map((d) => d.sha256).sort()).toEqual(files.map(sha256).sort());
    expect(await h.collection('documents').countDocuments({ contextId, status: 'active' })).toBe(8);
  }, 120_000);

  it('refuses at the start what a single upload refuses before any byte', async () => {
    const { contextId } = await context();
    const open = (body: object) =>
      h.api('/documents/uploads', org, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ contextId, ...body }),
      });
    expect((await open({ fileName: 'big.pdf', size: 17 * MiB })).status).toBe(413);
    const exe = await open({ fileName: 'setup.exe', size: 6 * MiB });
    expect(exe.status).toBe(415);
    expect(((await exe.json()) as { detail: string }).detail).toMatch(/\.exe file is not accepted here/);
    expect((await open({ fileName: 'a.pdf', size: 0 })).status).toBe(422);
    // A context the caller cannot see is an input refusal that tells nothing of it.
    const unknown = await h.api('/documents/uploads', org, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ contextId: 'dossier:nowhere:question:q1', fileName: 'a.pdf', size: 6 * MiB }),
    });
    expect(unknown.status).toBe(422);
    expect(((await unknown.json()) as { errors: unknown }).errors).toEqual([
      { field: 'contextId', message: 'context dossier:nowhere:question:q1 not found' },
    ]);
    expect(
      (
        await h.api('/documents/uploads', cb, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ contextId, fileName: 'a.pdf', size: 6 * MiB }),
        })
      ).status,
    ).toBe(403);
  });

  it('takes each part at its exact size and number only, and completes only with every part', async () => {
    const { contextId } = await context();
    const file = pdfBytes(7 * MiB);
    const session = await start(contextId, file);
    expect(session.partCount).toBe(2);
    const short = await put(session, 1, chunk(session, file, 1).subarray(1));
    expect(short.status).toBe(422);
    expect(((await short.json()) as { detail: string }).detail).toBe(
      `part 1 must be exactly ${5 * MiB} bytes`,
    );
    expect((await put(session, 3, chunk(session, file, 2))).status).toBe(422);
    expect((await put(session, 1, chunk(session, file, 1))).status).toBe(200);
    const early = await complete(session);
    expect(early.status).toBe(409);
    expect(((await early.json()) as { detail: string }).detail).toMatch(/lacks part\(s\) 2$/);

    const cancel = await h.api(`/documents/uploads/${session.uploadId}`, org, { method: 'DELETE' });
    expect(cancel.status).toBe(200);
    expect(await row(session)).toBeNull();
    expect((await put(session, 2, chunk(session, file, 2))).status).toBe(404);
  });

  it('refuses at completion a tampered part or malware, removing the assembled file', async () => {
    const { contextId } = await context();
    const clean = pdfBytes(6 * MiB);
    const infected = Buffer.concat([clean.subarray(0, 6 * MiB - EICAR.length), EICAR]);
    const tampered = Buffer.concat([PNG_BYTES, clean.subarray(PNG_BYTES.length)]);
    for (const [file, status, detail] of [
      [infected, 422, 'the file contains malware (Eicar-Test-Signature.UNOFFICIAL): refused'],
      [tampered, 415, 'the file is a png; accepted here: pdf'],
    ] as const) {
      const session = await start(contextId, file);
      await sendAll(session, file);
      const { key, s3UploadId } = (await row(session)) ?? { key: '', s3UploadId: '' };
      const refused = await complete(session);
      expect([refused.status, ((await refused.json()) as { detail: string }).detail]).toEqual([
        status,
        detail,
      ]);
      expect(await h.objectExists(key)).toBe(false);
      await expect(listParts(key, s3UploadId)).rejects.toThrow();
      expect(await h.collection('pending_uploads').countDocuments({ _id: key as never })).toBe(0);
      expect(await row(session)).toBeNull();
    }
    expect(await h.collection('documents').countDocuments({ contextId })).toBe(0);
  });

  it('aborts an expired upload: its parts are dropped and it answers 404', async () => {
    const { contextId } = await context();
    const file = pdfBytes(6 * MiB);
    const session = await start(contextId, file);
    expect((await put(session, 1, chunk(session, file, 1))).status).toBe(200);
    const { key, s3UploadId } = (await row(session)) ?? { key: '', s3UploadId: '' };
    expect(await listParts(key, s3UploadId)).toHaveLength(1);

    await h
      .collection('upload_sessions')
      .updateOne({ _id: session.uploadId as never }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await h.api(`/documents/uploads/${session.uploadId}`, org)).status).toBe(404);
    await waitFor('the expiry job', async () => (await row(session)) === null, { timeoutMs: 10_000 });
    await expect(listParts(key, s3UploadId)).rejects.toThrow();
  });
});
