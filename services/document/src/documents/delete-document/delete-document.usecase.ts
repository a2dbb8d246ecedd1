import { Inject, Injectable } from '@nestjs/common';
import type { DocumentResponse, Principal, RpcPayload } from '@certhub/contracts';
import { DomainError, SERVICE_CONFIG } from '@certhub/platform';
import type { DocumentConfig } from '../../config';
import { DocumentAccess } from '../document-access';
import { documentEvent, eventData } from '../document-events';
import { DocumentRepository } from '../document.repository';
import { currentVersion, toDocumentResponse } from '../dto/document.response';

/**
 * Soft delete by a writer, unless something rests on the document (frozenBy: 409). Soft delete: the document leaves every list at once, its bytes and versions stay for the
 * context's retention (the archive must stay consultable:
 * docs/domain/records-and-retention.md#document-retention) and are purged after.
 */
@Injectable()
export class DeleteDocument {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: DocumentConfig,
    private readonly access: DocumentAccess,
    private readonly documents: DocumentRepository,
  ) {}

  async execute(
    principal: Principal,
    { documentId }: RpcPayload<'document.documents.delete'>,
  ): Promise<DocumentResponse> {
    const { document, context } = await this.access.document(principal, documentId, 'write');
    if (document.frozenBy?.length)
      throw DomainError.conflict(
        `document ${documentId} is evidence of ${document.frozenBy.join(', ')}: it cannot be deleted; upload a correction as a new version`,
        { frozenBy: document.frozenBy },
      );
    const deletedAt = new Date();
    const purgeAfter = new Date(deletedAt.getTime() + context.retentionDays * this.config.RETENTION_DAY_MS);
    const userId = principal.userId;
    const event = documentEvent(
      'certhub.document.deleted.v1',
      { ...eventData(document, currentVersion(document), userId), purgeAfter: purgeAfter.toISOString() },
      document,
    );
    const saved = await this.documents.softDelete(
      document,
      { deletedAt, purgeAfter, deletedBy: userId },
      event,
    );
    if (!saved)
      throw new DomainError('stale_version', 'the document was replaced or deleted meanwhile: reload');
    return toDocumentResponse(saved);
  }
}
