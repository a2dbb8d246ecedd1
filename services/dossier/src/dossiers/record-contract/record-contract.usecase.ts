import { Injectable } from '@nestjs/common';
import { DocumentReferences } from '../../evidence/document-references';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { dossierCommand } from '../dossier-command';
import { type RpcHandler } from '@certhub/platform';

/**
 * The signed offer came back (or no offer went through the platform): the CB records the contract
 * (reference, date, optional scan, which must be a document of the dossier's contract context and
 * becomes evidence of it; by default the signed offer). An offer still awaiting its signature
 * blocks it (lifecycle guard no_offer_awaiting_signature).
 */
@Injectable()
export class RecordContract {
  constructor(
    private readonly lifecycle: DossierLifecycle,
    private readonly documents: DocumentReferences,
  ) {}

  readonly execute: RpcHandler<'dossier.contracts.record'> = (principal, request) =>
    dossierCommand(this.lifecycle, principal, request, 'record_contract', async (current, now) => {
      // The signed offer is the contract's document unless the CB files another one.
      const documentId = request.documentId ?? current.offer?.signedDocumentId;
      if (request.documentId)
        await this.documents.requireContractDocument(current, request.documentId, request.reference);
      const contract = {
        reference: request.reference,
        signedOn: request.signedOn,
        ...(documentId ? { documentId } : {}),
        recordedAt: now,
      };
      return { $set: { contract }, what: `contract ${request.reference} recorded`, after: contract };
    });
}
