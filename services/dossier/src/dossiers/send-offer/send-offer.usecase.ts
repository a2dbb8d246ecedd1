import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { DocumentReferences } from '../../evidence/document-references';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { dossierCommand } from '../dossier-command';

/**
 * The commercial offer (docs/domain/organisation-certification.md#commercial-offer): the CB sends it
 * (a document of the dossier's contract context, which both sides write) and may revise it until the
 * applicant returns it signed (another document of that context); each is frozen as evidence when
 * recorded, and the contract then follows.
 */
@Injectable()
export class SendOffer {
  constructor(
    private readonly lifecycle: DossierLifecycle,
    private readonly documents: DocumentReferences,
  ) {}

  readonly execute: RpcHandler<'dossier.offers.send'> = (principal, request) =>
    dossierCommand(this.lifecycle, principal, request, 'send_offer', async (current, now) => {
      await this.documents.requireContractDocument(current, request.documentId, `offer:${request.reference}`);
      const offer = {
        reference: request.reference,
        documentId: request.documentId,
        sentAt: now,
        sentBy: principal.userId,
      };
      return {
        $set: { offer },
        what: current.offer ? `offer revised: ${request.reference}` : `offer ${request.reference} sent`,
        ...(current.offer ? { before: current.offer } : {}),
        after: offer,
      };
    });

  readonly sign: RpcHandler<'dossier.offers.sign'> = (principal, request) =>
    dossierCommand(this.lifecycle, principal, request, 'return_signed_offer', async (current, now) => {
      if (request.documentId === current.offer?.documentId)
        throw DomainError.invalid([
          { field: 'documentId', message: 'this is the offer as sent: upload the signed copy' },
        ]);
      await this.documents.requireContractDocument(
        current,
        request.documentId,
        `offer:${current.offer?.reference}:signed`,
      );
      const signed = { signedDocumentId: request.documentId, signedAt: now, signedBy: principal.userId };
      return {
        $set: {
          'offer.signedDocumentId': signed.signedDocumentId,
          'offer.signedAt': now,
          'offer.signedBy': principal.userId,
        },
        what: `offer ${current.offer?.reference} returned signed`,
        after: signed,
      };
    });
}
