import { Controller, Get, Headers, Logger, Param, Res } from '@nestjs/common';
import { InternalTokens } from '@certhub/platform';
import type { Response } from 'express';
import { servePdf } from '../certificates/serve-pdf';
import { DownloadIndividualPdf } from './download-individual-pdf/download-individual-pdf.usecase';

/** An individual certificate's PDF, proxied by the gateway like the organisations' (files never travel over NATS). */
@Controller('internal/certificates/individual')
export class IndividualFilesController {
  private readonly logger = new Logger(IndividualFilesController.name);

  constructor(
    private readonly downloadPdf: DownloadIndividualPdf,
    private readonly tokens: InternalTokens,
  ) {}

  @Get(':certificateId/pdf')
  pdf(
    @Param('certificateId') certificateId: string,
    @Headers('authorization') authorization: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    return servePdf({ tokens: this.tokens, logger: this.logger, authorization, res }, certificateId, (p) =>
      this.downloadPdf.execute(p, certificateId),
    );
  }
}
