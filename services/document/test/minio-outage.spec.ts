import type { DocumentResponse } from '@certhub/contracts';
import { pdfBytes } from './support/fixtures';
import { DocumentHarness, tokens } from './support/document-harness';

interface Problem {
  status: number;
  detail: string;
}

/**
 * The document service on a MinIO of its own, stopped and started again during the test: uploads
 * fail clearly (503 problem+json) and leave no metadata; once MinIO is back they work again
 * without restarting anything.
 */
describe('document store outage', () => {
  let h: DocumentHarness;
  let org: string;

  beforeAll(async () => {
    h = await DocumentHarness.start({ privateMinio: true });
    ({ org } = await tokens());
  }, 120_000);
  afterAll(async () => {
    h?.minio?.restart();
    await h?.stop();
  });

  it('answers 503 and stores no metadata while MinIO is down, and recovers when it is back', async () => {
    const { contextId } = await h.context({
      rules: { accept: ['pdf'], maxBytes: 8 * 1024 * 1024, maxCount: 50 },
    });
    const before = (await (await h.upload(org, contextId, pdfBytes())).json()) as DocumentResponse;

    // MinIO goes away while the client is still sending: half the body first, the rest after.
    const bytes = pdfBytes(4 * 1024 * 1024);
    let release!: () => void;
    const halfway = new Promise<void>((resolve) => (release = resolve));
    let step = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (step === 0) controller.enqueue(new Uint8Array(bytes.subarray(0, 2 * 1024 * 1024)));
        else if (step === 1) {
          release();
          await new Promise((r) => setTimeout(r, 1_500));
          controller.enqueue(new Uint8Array(bytes.subarray(2 * 1024 * 1024)));
        } else controller.close();
        step += 1;
      },
    });
    const pending = h.upload(org, contextId, body);
    await halfway;
    h.minio?.stop();
    const res = await pending;
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((await res.json()) as Problem).toMatchObject({
      status: 503,
      detail: expect.stringMatching(/document store is unavailable/),
    });

    const down = await h.upload(org, contextId, pdfBytes());
    expect(down.status).toBe(503);
    const download = await h.api(`/documents/${before.documentId}/content`, org);
    expect(download.status).toBe(503);
    // Only the document stored before the outage: no metadata, no pending upload left behind.
    expect(await h.collection('documents').countDocuments({ contextId })).toBe(1);
    expect(await h.collection('pending_uploads').countDocuments({ contextId })).toBe(0);

    h.minio?.restart();
    const after = await h.upload(org, contextId, pdfBytes());
    expect(after.status).toBe(201);
    const again = await h.api(`/documents/${before.documentId}/content`, org);
    expect(again.status).toBe(200);
    expect(Buffer.from(await again.arrayBuffer()).length).toBe(before.size);
  });
});
