import { Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import {
  DocumentSchema,
  UploadPartSchema,
  type DocumentResponse,
  type Principal,
  type UploadPart,
} from '@certhub/contracts';
import type { Request, Response } from 'express';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { InternalProxy, internalPath } from '../http/internal-proxy';
import { DescribeRoute, type RouteParameter } from '../http/route-doc';

export const query = (params: Record<string, string | undefined>) => {
  const defined = Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return defined.length ? `?${new URLSearchParams(defined).toString()}` : '';
};

/**
 * The bytes of documents, streamed between the client and the document service (never over
 * NATS). The body of an upload IS the file, not a multipart form: no parser stands between the
 * socket and the store, the Content-Length gives the size before the first byte (an oversized
 * upload is refused at once), and browsers send a File this way with a plain `fetch`. The name
 * travels as the `filename` query parameter (percent-encoded UTF-8).
 */
export const FILENAME: RouteParameter = {
  name: 'filename',
  in: 'query',
  required: true,
  description: 'The file’s name, percent-encoded UTF-8; bidi controls are removed',
};
export const FILE = {
  description: 'The file’s bytes; its type is checked from them against the name and the context’s rules',
  mediaTypes: ['*/*'],
};

@Controller('api/v1/documents')
export class DocumentFilesController {
  constructor(private readonly internal: InternalProxy) {}

  /** A new document in an upload context the caller may write to. */
  @Post()
  @HttpCode(201)
  @DescribeRoute({
    operationId: 'document.files.upload',
    summary: 'Upload a document into a context you may write to (the body is the file)',
    tag: 'documents',
    parameters: [
      { name: 'contextId', in: 'query', required: true, description: 'Where the document belongs' },
      FILENAME,
    ],
    upload: FILE,
    ok: { status: 201, description: 'The document', content: { json: DocumentSchema } },
  })
  async upload(
    @Query('contextId') contextId: string | undefined,
    @Query('filename') filename: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
  ): Promise<DocumentResponse> {
    const path = `/internal/documents${query({ contextId, filename })}`;
    return (await this.internal.upload('document', path, 'POST', req, principal)) as DocumentResponse;
  }

  /** A new version of a document; the previous versions are kept. */
  @Put(':documentId/content')
  @DescribeRoute({
    operationId: 'document.files.replace',
    summary: 'Upload a new version of a document; the previous ones are kept',
    tag: 'documents',
    parameters: [FILENAME],
    upload: FILE,
    ok: { description: 'The document', content: { json: DocumentSchema } },
  })
  async replace(
    @Param('documentId') documentId: string,
    @Query('filename') filename: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
  ): Promise<DocumentResponse> {
    const path = internalPath`/internal/documents/${documentId}/content` + query({ filename });
    return (await this.internal.upload('document', path, 'PUT', req, principal)) as DocumentResponse;
  }

  /**
   * One part of a resumable upload (`POST /api/v1/documents/uploads` opened it), streamed like a
   * single upload; sending a number again replaces that part.
   */
  @Put('uploads/:uploadId/parts/:partNumber')
  @DescribeRoute({
    operationId: 'document.uploads.part',
    summary: 'Send one part of a resumable upload (the body is the part’s bytes)',
    tag: 'documents',
    upload: {
      description:
        'Bytes partSize × (partNumber − 1) to partSize × partNumber of the file (the last part: the rest)',
      mediaTypes: ['application/octet-stream'],
    },
    ok: { description: 'The stored part', content: { json: UploadPartSchema } },
  })
  async uploadPart(
    @Param('uploadId') uploadId: string,
    @Param('partNumber') partNumber: string,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
  ): Promise<UploadPart> {
    const path = internalPath`/internal/documents/uploads/${uploadId}/parts/${partNumber}`;
    return (await this.internal.upload('document', path, 'PUT', req, principal)) as UploadPart;
  }

  /** The bytes, whole or one `Range`, with a safe Content-Disposition (UTF-8 name as RFC 5987). */
  @Get(':documentId/content')
  @DescribeRoute({
    operationId: 'document.files.download',
    summary: 'Download a document’s bytes, whole or one Range',
    tag: 'documents',
    parameters: [
      { name: 'version', in: 'query', description: 'A former version (default: the current one)' },
      { name: 'Range', in: 'header', description: 'One byte range (206 Partial Content)' },
    ],
    ok: { description: 'The file, in its checked type', content: { bytes: ['*/*'] } },
  })
  async download(
    @Param('documentId') documentId: string,
    @Query('version') version: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const path = internalPath`/internal/documents/${documentId}/content` + query({ version });
    await this.internal.download('document', path, req, res, principal);
  }
}
