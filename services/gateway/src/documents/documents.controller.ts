import { Controller, Delete, Get } from '@nestjs/common';
import type { RpcResponse } from '@certhub/contracts';
import { RpcClient } from '@certhub/platform';
import { Endpoint, Input, type EndpointInput } from '../http/endpoint';
import { forward } from '../http/forward';

/**
 * Document metadata. Who may see what is the context's decision, made by the document service
 * (another tenant gets 404). Bytes go through DocumentFilesController.
 */
@Controller('api/v1/documents')
export class DocumentsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Endpoint({
    rpc: 'document.documents.list',
    tag: 'documents',
    summary: 'Documents of an upload context (a dossier question, a finding…), newest first',
  })
  list(
    @Input() input: EndpointInput<'document.documents.list'>,
  ): Promise<RpcResponse<'document.documents.list'>> {
    return forward(this.rpc, 'document.documents.list', input);
  }

  @Get(':documentId')
  @Endpoint({ rpc: 'document.documents.get', tag: 'documents', summary: 'A document’s current version' })
  get(
    @Input() input: EndpointInput<'document.documents.get'>,
  ): Promise<RpcResponse<'document.documents.get'>> {
    return forward(this.rpc, 'document.documents.get', input);
  }

  @Get(':documentId/versions')
  @Endpoint({
    rpc: 'document.documents.versions',
    tag: 'documents',
    summary: 'Every version of a document, newest first (replacing keeps the previous ones)',
  })
  versions(
    @Input() input: EndpointInput<'document.documents.versions'>,
  ): Promise<RpcResponse<'document.documents.versions'>> {
    return forward(this.rpc, 'document.documents.versions', input);
  }

  @Delete(':documentId')
  @Endpoint({
    rpc: 'document.documents.delete',
    tag: 'documents',
    summary: 'Delete a document (kept for the context’s retention period, then purged)',
  })
  delete(
    @Input() input: EndpointInput<'document.documents.delete'>,
  ): Promise<RpcResponse<'document.documents.delete'>> {
    return forward(this.rpc, 'document.documents.delete', input);
  }
}
