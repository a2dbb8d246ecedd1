import { Controller, Get, HttpCode, Inject, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import type { DocumentResponse, Principal } from '@certhub/contracts';
import { SERVICE_CONFIG } from '@certhub/platform';
import type { Request, Response } from 'express';
import type { z } from 'zod';
import { CurrentPrincipal } from '../auth/auth.decorators';
import type { GatewayEnv } from '../config';
import { proxyDownload, proxyUpload } from './document-proxy';

const query = (params: Record<string, string | undefined>) => {
  const defined = Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return defined.length ? `?${new URLSearchParams(defined).toString()}` : '';
};

/**
 * The bytes of documents, streamed between the client and the document service (never over
 * NATS). The body of an upload IS the file, not a multipart form: no parser stands between the
 * socket and the store, the Content-Length gives the size before the first byte (an oversized
 * upload is refused at once), and browsers send a File this way with a plain `fetch`. The name
 * travels as the `filename` query parameter (percent-encoded UTF-8). Not in the OpenAPI document,
 * which describes JSON routes only.
 */
@Controller('api/v1/documents')
export class DocumentFilesController {
  private readonly base: string;
  private readonly timeoutMs: number;

  constructor(@Inject(SERVICE_CONFIG) config: z.infer<typeof GatewayEnv>) {
    this.base = config.DOCUMENT_URL;
    this.timeoutMs = config.DOCUMENT_TIMEOUT_MS;
  }

  /** A new document in an upload context the caller may write to. */
  @Post()
  @HttpCode(201)
  async upload(
    @Query('contextId') contextId: string | undefined,
    @Query('filename') filename: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
  ): Promise<DocumentResponse> {
    const path = `/internal/documents${query({ contextId, filename })}`;
    return (await proxyUpload(this.base, path, 'POST', req, principal, this.timeoutMs)) as DocumentResponse;
  }

  /** A new version of a document; the previous versions are kept. */
  @Put(':documentId/content')
  async replace(
    @Param('documentId') documentId: string,
    @Query('filename') filename: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
  ): Promise<DocumentResponse> {
    const path = `/internal/documents/${encodeURIComponent(documentId)}/content${query({ filename })}`;
    return (await proxyUpload(this.base, path, 'PUT', req, principal, this.timeoutMs)) as DocumentResponse;
  }

  /** The bytes, whole or one `Range`, with a safe Content-Disposition (UTF-8 name as RFC 5987). */
  @Get(':documentId/content')
  async download(
    @Param('documentId') documentId: string,
    @Query('version') version: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const path = `/internal/documents/${encodeURIComponent(documentId)}/content${query({ version })}`;
    await proxyDownload(this.base, path, req, res, principal, this.timeoutMs);
  }
}
