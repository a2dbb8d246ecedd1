import type { DocumentResponse } from '@certhub/contracts';
import { waitFor } from '@certhub/testing';
import { AckPolicy, DeliverPolicy, type JsMsg } from 'nats';
import { pdfBytes } from './support/fixtures';
import { DocumentHarness, ORG, tokens } from './support/document-harness';

/**
 * Soft delete keeps bytes and metadata for the context's retention, then the purge job removes
 * both. A retention "day" lasts 4 s here (RETENTION_DAY_MS), the purge runs every 200 ms.
 */
describe('document retention and purge', () => {
  const DAY_MS = 4_000;
  let h: DocumentHarness;
  let org: string;

  beforeAll(async () => {
    h = await DocumentHarness.start({ env: { RETENTION_DAY_MS: String(DAY_MS), PURGE_INTERVAL_MS: '200' } });
    ({ org } = await tokens());
  }, 120_000);
  afterAll(() => h?.stop());

  it('purges nothing before the retention has passed, then bytes and metadata', async () => {
    const { contextId } = await h.context({ retentionDays: 1 });
    const doc = (await (await h.upload(org, contextId, pdfBytes())).json()) as DocumentResponse;
    const key = await h.firstVersionKey(doc.documentId);
    expect(await h.objectExists(key)).toBe(true);

    const deleted = await h.api(`/documents/${doc.documentId}`, org, { method: 'DELETE' });
    expect(deleted.status).toBe(200);
    const body = (await deleted.json()) as DocumentResponse;
    const purgeAfter = Date.parse(body.purgeAfter as string);
    expect(purgeAfter - Date.parse(body.deletedAt as string)).toBe(DAY_MS);
    // Gone from the API at once…
    expect((await h.api(`/documents/${doc.documentId}`, org)).status).toBe(404);
    const list = (await (await h.api(`/documents?contextId=${contextId}`, org)).json()) as { total: number };
    expect(list.total).toBe(0);

    // …but kept, bytes and metadata, while the retention runs (checked over ~15 purge passes).
    while (Date.now() < purgeAfter - 800) {
      expect(await h.objectExists(key)).toBe(true);
      expect(await h.collection('documents').countDocuments({ _id: doc.documentId as never })).toBe(1);
      await new Promise((r) => setTimeout(r, 200));
    }
    await waitFor(
      'the purge',
      async () =>
        !(await h.objectExists(key)) &&
        (await h.collection('documents').countDocuments({ _id: doc.documentId as never })) === 0,
      { timeoutMs: 10_000, intervalMs: 200 },
    );
    expect(Date.now()).toBeGreaterThanOrEqual(purgeAfter);
  });

  it('publishes uploaded and deleted events through the outbox', async () => {
    const { contextId } = await h.context({ retentionDays: 30 });
    const doc = (await (await h.upload(org, contextId, pdfBytes(), 'preuve.pdf')).json()) as DocumentResponse;
    await h.api(`/documents/${doc.documentId}`, org, { method: 'DELETE' });

    const jsm = await h.nc.jetstreamManager();
    await waitFor(
      'the events stream',
      async () => (await jsm.streams.info('CERTHUB_EVENTS').catch(() => null)) !== null,
      {
        timeoutMs: 10_000,
      },
    );
    const consumer = await jsm.consumers.add('CERTHUB_EVENTS', {
      filter_subject: 'evt.document.>',
      ack_policy: AckPolicy.None,
      deliver_policy: DeliverPolicy.All,
    });
    const events: { type: string; tenantid: string; data: Record<string, unknown> }[] = [];
    await waitFor(
      'both events',
      async () => {
        const js = h.nc.jetstream();
        const c = await js.consumers.get('CERTHUB_EVENTS', consumer.name);
        const batch = await c.fetch({ max_messages: 50, expires: 1_000 });
        for await (const m of batch as AsyncIterable<JsMsg>) events.push(m.json());
        return events.filter((e) => e.data['documentId'] === doc.documentId).length >= 2;
      },
      { timeoutMs: 15_000, intervalMs: 100 },
    );
    const mine = events.filter((e) => e.data['documentId'] === doc.documentId);
    expect(mine.map((e) => e.type)).toEqual(['certhub.document.uploaded.v1', 'certhub.document.deleted.v1']);
    expect(mine[0]).toMatchObject({
      tenantid: ORG,
      data: { contextId, name: 'preuve.pdf', fileKind: 'pdf', sha256: doc.sha256, version: 1 },
    });
  });
});
