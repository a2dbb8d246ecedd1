import { pdfBytes } from './support/fixtures';
import { DocumentHarness, tokens } from './support/document-harness';

/**
 * The duplicate and count checks before storing are fast paths; what holds when uploads race is
 * the pair of unique indexes per context (the live SHA-256, the slot among maxCount).
 */
describe('concurrent uploads into one context', () => {
  let h: DocumentHarness;
  let org: string;

  beforeAll(async () => {
    h = await DocumentHarness.start();
    ({ org } = await tokens());
  }, 120_000);
  afterAll(() => h?.stop());

  it('stores the same file once when it is uploaded six times at once', async () => {
    const { contextId } = await h.context();
    const bytes = pdfBytes(200_000);
    const statuses = await Promise.all(
      Array.from({ length: 6 }, async () => (await h.upload(org, contextId, bytes)).status),
    );
    expect(statuses.sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(await h.collection('documents').countDocuments({ contextId })).toBe(1);
    // The refused ones left nothing: neither pending rows nor bytes.
    expect(await h.collection('pending_uploads').countDocuments({ contextId })).toBe(0);
  });

  it('never exceeds maxCount, whatever the number of uploads at once', async () => {
    const { contextId } = await h.context({ rules: { accept: ['pdf'], maxBytes: 1024 * 1024, maxCount: 3 } });
    const statuses = await Promise.all(
      Array.from({ length: 8 }, async () => (await h.upload(org, contextId, pdfBytes(100_000))).status),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s !== 201).every((s) => s === 409)).toBe(true);
    expect(await h.collection('documents').countDocuments({ contextId, status: 'active' })).toBe(3);
  });
});
