import type { DocumentResponse } from '@certhub/contracts';
import { waitFor } from '@certhub/testing';
import { randomUUID } from 'node:crypto';
import { pdfBytes } from './support/fixtures';
import { BUCKET, DocumentHarness, tokens } from './support/document-harness';

/**
 * A process that dies between storing the bytes and writing the metadata leaves its pending row
 * (written before the bytes) and the bytes. The crash is reproduced as the state it leaves, since
 * that window is a few milliseconds wide: the reconciler must remove those bytes, and only those.
 */
describe('orphan reconciler', () => {
  let h: DocumentHarness;
  let org: string;

  beforeAll(async () => {
    h = await DocumentHarness.start({ env: { ORPHAN_AFTER_MS: '2000', RECONCILE_INTERVAL_MS: '200' } });
    ({ org } = await tokens());
  }, 120_000);
  afterAll(() => h?.stop());

  it('removes bytes no document names once the upload is abandoned, and keeps committed ones', async () => {
    const { contextId } = await h.context();
    // A crash after the bytes, before the metadata.
    const orphan = `documents/${randomUUID()}/${randomUUID()}`;
    await h.s3.putObject(BUCKET, orphan, pdfBytes());
    // A crash after the metadata, before the pending row was removed.
    const committed = (await (await h.upload(org, contextId, pdfBytes())).json()) as DocumentResponse;
    const committedKey = await h.firstVersionKey(committed.documentId);
    const now = new Date();
    await h.collection('pending_uploads').insertMany([
      { _id: orphan as never, documentId: randomUUID(), contextId, startedAt: now },
      { _id: committedKey as never, documentId: committed.documentId, contextId, startedAt: now },
    ]);

    // Younger than ORPHAN_AFTER_MS: it may still be an upload in progress, so it stays.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await h.objectExists(orphan)).toBe(true);

    await waitFor('the orphan to be removed', async () => !(await h.objectExists(orphan)), {
      timeoutMs: 10_000,
      intervalMs: 200,
    });
    await waitFor(
      'both pending rows to be resolved',
      async () => (await h.collection('pending_uploads').countDocuments({ contextId })) === 0,
      { timeoutMs: 10_000, intervalMs: 200 },
    );
    expect(await h.objectExists(committedKey)).toBe(true);
    const download = await h.api(`/documents/${committed.documentId}/content`, org);
    expect(download.status).toBe(200);
  });
});
