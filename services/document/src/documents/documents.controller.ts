import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { RequestContext } from '@certhub/platform';
import { DeleteDocument } from './delete-document/delete-document.usecase';
import { ListDocuments } from './list-documents/list-documents.usecase';

/** Metadata over NATS; the bytes go through the internal HTTP routes of DocumentFilesController. */
@Controller()
export class DocumentsController {
  constructor(
    private readonly listDocuments: ListDocuments,
    private readonly deleteDocument: DeleteDocument,
  ) {}

  @MessagePattern('document.documents.list')
  list(
    @Payload() query: RpcPayload<'document.documents.list'>,
  ): Promise<RpcResponse<'document.documents.list'>> {
    return this.listDocuments.list(RequestContext.principal(), query);
  }

  @MessagePattern('document.documents.get')
  get(
    @Payload() query: RpcPayload<'document.documents.get'>,
  ): Promise<RpcResponse<'document.documents.get'>> {
    return this.listDocuments.get(RequestContext.principal(), query.documentId);
  }

  @MessagePattern('document.documents.versions')
  versions(
    @Payload() query: RpcPayload<'document.documents.versions'>,
  ): Promise<RpcResponse<'document.documents.versions'>> {
    return this.listDocuments.versions(RequestContext.principal(), query.documentId);
  }

  @MessagePattern('document.documents.delete')
  delete(
    @Payload() command: RpcPayload<'document.documents.delete'>,
  ): Promise<RpcResponse<'document.documents.delete'>> {
    return this.deleteDocument.execute(RequestContext.principal(), command.documentId);
  }
}
