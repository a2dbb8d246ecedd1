import { Controller, Get, Headers, Logger, Param, Res } from '@nestjs/common';
import { InternalTokens } from '@certhub/platform';
import type { Response } from 'express';
import { DownloadCertificatePdf } from './download-certificate-pdf/download-certificate-pdf.usecase';
import { servePdf } from './serve-pdf';

/**
 * PDF bytes never travel over NATS: the gateway proxies this route. It is internal (cluster
 * network only, like NATS) and acts for the principal named by the gateway's signed internal token
 * (InternalTokens), never for a bare header.
 */
@Controller('internal/certificates')
export class CertificateFilesController {
  private readonly logger = new Logger(CertificateFilesController.name);

  constructor(
    private readonly downloadPdf: DownloadCertificatePdf,
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
