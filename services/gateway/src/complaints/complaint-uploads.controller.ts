import { Controller, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { DocumentSchema, SYSTEM_PRINCIPAL, type DocumentResponse } from '@certhub/contracts';
import { Public, RpcClient, drainRequest } from '@certhub/platform';
import type { Request } from 'express';
import { FILE, FILENAME, query } from '../documents/document-files.controller';
import { InternalProxy } from '../http/internal-proxy';
import { DescribeRoute } from '../http/route-doc';

/**
 * A complainant's file, without an account (docs/domain/complaints-and-appeals.md#the-complainants-files):
 * the complaints service checks the authorisation it gave with the follow link (or at lodging) and
 * names the complaint's context and its one writer; the file then streams to the document service
 * like any upload (type from the content against the name, size, antivirus), as that writer.
 */
@Controller('api/v1/complaint-uploads')
export class ComplaintUploadsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly internal: InternalProxy,
  ) {}

  @Post(':authorisation')
  @Public()
  @HttpCode(201)
  @DescribeRoute({
    operationId: 'complaints.files.upload',
    summary:
      'Attach a file to a complaint without an account, with the upload authorisation of its follow link (the body is the file)',
    tag: 'complaints',
    parameters: [FILENAME],
    upload: FILE,
    ok: { status: 201, description: 'The document', content: { json: DocumentSchema } },
  })
  async upload(
    @Param('authorisation') authorisation: string,
    @Query('filename') filename: string | undefined,
    @Req() req: Request,
  ): Promise<DocumentResponse> {
    // Asked as the platform: the caller has no account, the authorisation is what it holds.
    const target = await this.rpc
      .call('complaints.uploads.authorise', { authorisation }, { principal: SYSTEM_PRINCIPAL })
      .catch((error: unknown) => {
        // Refused before any byte was read: the body is dropped so that the client reads the answer.
        drainRequest(req);
        throw error;
      });
    const path = `/internal/documents${query({ contextId: target.contextId, filename })}`;
    return (await this.internal.upload('document', path, 'POST', req, target.uploader)) as DocumentResponse;
  }
}
