import { Controller, Get, Headers, Logger, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { OBJECT_HANDOFF_TYPE } from '@certhub/contracts';
import { DomainError, InternalTokens, drainRequest, failInternalRoute } from '@certhub/platform';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { DownloadDocument } from './download-document/download-document.usecase';
import { UploadDocument } from './upload-document/upload-document.usecase';

/**
 * Bytes never travel over NATS: the gateway streams uploads through these routes; a download is
 * authorised here and handed to the gateway as a presigned GET of the object (ObjectHandoff), so
 * its bytes go from the store through the gateway only. The routes are internal (cluster network
 * only, like NATS) and act for the principal named by the gateway's signed internal token
 * (InternalTokens), never for a bare header.
 */
@Controller('internal/documents')
export class DocumentFilesController {
  private readonly logger = new Logger(DocumentFilesController.name);

  constructor(
    private readonly upload: UploadDocument,
    private readonly download: DownloadDocument,
    private readonly tokens: InternalTokens,
  ) {}

  @Post()
  async create(
    @Query('contextId') contextId: string | undefined,
    @Query('filename') fileName: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.receive(req, res, { contextId: contextId ?? '', fileName }, 201);
  }

  @Put(':documentId/content')
  async replace(
    @Param('documentId') documentId: string,
    @Query('filename') fileName: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.receive(req, res, { documentId, fileName }, 200);
  }

  @Get(':documentId/content')
  async content(
    @Param('documentId') documentId: string,
    @Query('version') version: string | undefined,
    @Headers('range') range: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    try {
      const wanted = version === undefined ? undefined : Number(version);
      if (wanted !== undefined && !(Number.isInteger(wanted) && wanted > 0)) {
        throw new DomainError('validation_failed', 'version must be a positive integer');
      }
      const file = await this.download.execute(
        await this.tokens.verify(req.headers.authorization),
        documentId,
        {
          ...(wanted === undefined ? {} : { version: wanted }),
          ...(range ? { range } : {}),
          // The gateway fetches the bytes itself; other callers (mail attachments) get them here.
          handoff: req.headers.accept === OBJECT_HANDOFF_TYPE,
        },
      );
      if ('handoff' in file) return void res.status(200).type(OBJECT_HANDOFF_TYPE).send(file.handoff);
      res.status(file.status).set(file.headers);
      if (file.status === 416) return void res.end();
      await pipeline(file.stream, res).catch((error: unknown) => {
        // Headers are gone: cutting the response short is all that is left; the client sees it.
        this.logger.warn(`document ${documentId}: download broke: ${String(error)}`);
        res.destroy();
      });
    } catch (error) {
      this.fail(req, res, error);
    }
  }

  private async receive(
    req: Request,
    res: Response,
    target: { contextId?: string; documentId?: string; fileName?: string },
    status: number,
  ): Promise<void> {
    try {
      const principal = await this.tokens.verify(req.headers.authorization);
      if (target.contextId === '') throw new DomainError('validation_failed', 'contextId is required');
      const length = req.headers['content-length'];
      const document = await this.upload.execute(principal, {
        ...target,
        ...(length === undefined ? {} : { declaredLength: Number(length) }),
        body: req,
      });
      res.status(status).json(document);
    } catch (error) {
      this.fail(req, res, error);
    }
  }

  /** Answers the error as the RPC error body the gateway turns into problem+json. */
  private fail(req: Request, res: Response, cause: unknown): void {
    failInternalRoute(res, cause, this.logger);
    drainRequest(req);
  }
}
