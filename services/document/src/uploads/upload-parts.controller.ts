import { Controller, Logger, Param, Put, Req, Res } from '@nestjs/common';
import { DomainError, InternalTokens, drainRequest, failInternalRoute } from '@certhub/platform';
import type { Request, Response } from 'express';
import { UploadPart } from './upload-part/upload-part.usecase';

/** The parts of resumable uploads, streamed by the gateway like single uploads (internal route). */
@Controller('internal/documents/uploads')
export class UploadPartsController {
  private readonly logger = new Logger(UploadPartsController.name);

  constructor(
    private readonly part: UploadPart,
    private readonly tokens: InternalTokens,
  ) {}

  @Put(':uploadId/parts/:partNumber')
  async put(
    @Param('uploadId') uploadId: string,
    @Param('partNumber') partNumber: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    try {
      const principal = await this.tokens.verify(req.headers.authorization);
      if (!principal) throw new DomainError('unauthenticated', 'this request needs a signed-in user');
      const length = req.headers['content-length'];
      const stored = await this.part.execute(principal, {
        uploadId,
        partNumber: /^\d{1,5}$/.test(partNumber) ? Number(partNumber) : NaN,
        ...(length === undefined ? {} : { declaredLength: Number(length) }),
        body: req,
      });
      res.status(200).json(stored);
    } catch (error) {
      failInternalRoute(res, error, this.logger);
      drainRequest(req);
    }
  }
}
