import { SYSTEM_PRINCIPAL } from '@certhub/contracts';
import type { DocumentConfig } from '../../config';
import type { DocumentRepository } from '../document.repository';
import type { DocumentRecord } from '../document.schema';
import { CheckDocuments } from './check-documents.usecase';

const doc = (scan: 'clean' | 'not_scanned' | undefined): DocumentRecord =>
  ({
    _id: 'd1',
    tenantId: 'org-1',
    contextId: 'finding:f1:proofs',
    status: 'active',
    version: 1,
    versions: [{ version: 1, ...(scan ? { scan } : {}) }],
  }) as unknown as DocumentRecord;

const reference = {
  field: 'documentIds.0',
  documentId: 'd1',
  contextId: 'finding:f1:proofs',
  ownerTenantId: 'org-1',
};

/** The scan part of the verdict: the rest is exercised through the gateway (test/evidence.spec.ts). */
describe(CheckDocuments.name, () => {
  const sut = (record: DocumentRecord, clamd: string | undefined) => {
    const frozen: string[] = [];
    const documents = {
      findMany: async () => [record],
      freeze: async (_: string[], reason: string) => void frozen.push(reason),
    } as unknown as DocumentRepository;
    return { frozen, check: new CheckDocuments({ CLAMD_URL: clamd } as DocumentConfig, documents) };
  };

  it('refuses a document that was never scanned while scanning is on, and freezes nothing', async () => {
    const { check, frozen } = sut(doc('not_scanned'), 'tcp://clamd:3310');
    const { errors } = await check.execute(SYSTEM_PRINCIPAL, { references: [reference], freezeAs: 'x' });
    expect(errors).toEqual([
      { field: 'documentIds.0', message: 'document d1 was not scanned for malware: upload it again' },
    ]);
    expect(frozen).toEqual([]);
  });

  it('accepts clean documents, and unscanned ones only while the service itself runs unscanned', async () => {
    for (const [record, clamd] of [
      [doc('clean'), 'tcp://clamd:3310'],
      [doc('not_scanned'), undefined],
      [doc(undefined), undefined],
    ] as const) {
      const { check, frozen } = sut(record, clamd);
      expect(
        (await check.execute(SYSTEM_PRINCIPAL, { references: [reference], freezeAs: 'x' })).errors,
      ).toEqual([]);
      expect(frozen).toEqual(['x']);
    }
  });
});
