import { Injectable } from '@nestjs/common';
import type { DocumentResponse, DocumentVersion, Page, Principal, RpcPayload } from '@certhub/contracts';
import { skipOf, toPage } from '@certhub/platform';
import { DocumentAccess } from '../document-access';
import { DocumentRepository } from '../document.repository';
import { toDocumentResponse, toVersionResponse } from '../dto/document.response';

/** Reads of metadata: a context's live documents, one document, its versions. */
@Injectable()
export class ListDocuments {
  constructor(
    private readonly access: DocumentAccess,
    private readonly documents: DocumentRepository,
  ) {}

  async list(
    principal: Principal,
    query: RpcPayload<'document.documents.list'>,
  ): Promise<Page<DocumentResponse>> {
    const context = await this.access.context(principal, query.contextId, 'read');
    const [items, total] = await Promise.all([
      this.documents.listLive(context.ownerTenantId, context._id, skipOf(query), query.pageSize),
      this.documents.countLive(context.ownerTenantId, context._id),
    ]);
    return toPage(items.map(toDocumentResponse), total, query);
  }

  async get(
    principal: Principal,
    { documentId }: RpcPayload<'document.documents.get'>,
  ): Promise<DocumentResponse> {
    return toDocumentResponse((await this.access.document(principal, documentId, 'read')).document);
  }

  async versions(
    principal: Principal,
    { documentId }: RpcPayload<'document.documents.versions'>,
  ): Promise<{ items: DocumentVersion[] }> {
    const { document } = await this.access.document(principal, documentId, 'read');
    return { items: [...document.versions].sort((a, b) => b.version - a.version).map(toVersionResponse) };
  }
}
