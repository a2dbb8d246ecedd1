import { Injectable } from '@nestjs/common';
import { SYSTEM_PRINCIPAL, type DocumentReference } from '@certhub/contracts';
import { DomainError, RpcClient } from '@certhub/platform';
import { contractContext, contractContextId } from './document-contexts';

/**
 * Document ids are checked by the document service before this service records them: each must
 * exist in the context it was uploaded for, of the right tenant, be clean and not deleted, else
 * 422 naming the field. With `freezeAs`, the documents become evidence of it (no deletion).
 */
@Injectable()
export class DocumentReferences {
  constructor(private readonly rpc: RpcClient) {}

  async require(references: DocumentReference[], freezeAs?: string): Promise<void> {
    if (!references.length) return;
    const { errors } = await this.rpc.call(
      'document.documents.check',
      { references, ...(freezeAs ? { freezeAs } : {}) },
      { principal: SYSTEM_PRINCIPAL, timeoutMs: 5_000 },
    );
    if (errors.length) throw DomainError.invalid(errors, 'some documents cannot be referenced');
  }

  /** `require` for the one document a request names in `field`, uploaded to `context` by its owner. */
  requireOne(
    field: string,
    documentId: string,
    context: Pick<DocumentReference, 'contextId' | 'ownerTenantId'>,
    freezeAs?: string,
  ): Promise<void> {
    return this.require([{ field, documentId, ...context }], freezeAs);
  }
  /**
   * The document a request names in `documentId`, uploaded to the dossier's contract context (the
   * offer, its signed copy, the contract's scan), frozen as evidence of that context's `purpose`.
   */
  requireContractDocument(
    dossier: { _id: string; organisationId: string },
    documentId: string,
    purpose: string,
  ): Promise<void> {
    return this.requireOne(
      'documentId',
      documentId,
      contractContext(dossier),
      `${contractContextId(dossier._id)}:${purpose}`,
    );
  }
}
