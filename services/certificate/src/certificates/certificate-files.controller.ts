import { Controller, Get, Headers, Logger, Param, Res } from '@nestjs/common';
import { InternalTokens, failInternalRoute } from '@certhub/platform';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { DownloadIndividualPdf } from '../individual/download-individual-pdf/download-individual-pdf.usecase';
import {
  DownloadCertificatePdf,
  type CertificatePdf,
} from './download-certificate-pdf/download-certificate-pdf.usecase';

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
    private readonly downloadIndividualPdf: DownloadIndividualPdf,
    private readonly tokens: InternalTokens,
  ) {}

  @Get(':certificateId/pdf')
  async pdf(
    @Param('certificateId') certificateId: string,
    @Headers('authorization') authorization: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.tokens
      .verify(authorization)
      .then((principal) => this.downloadPdf.execute(principal, certificateId))
      .catch((error: unknown) => void failInternalRoute(res, error, this.logger));
    if (file) await this.send(certificateId, file, res);
  }

  /** An individual certificate's PDF (the individuals' line): the same answer, its own records. */
  @Get('individual/:certificateId/pdf')
  async individualPdf(
    @Param('certificateId') certificateId: string,
    @Headers('authorization') authorization: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.tokens
      .verify(authorization)
      .then((principal) => this.downloadIndividualPdf.execute(principal, certificateId))
      .catch((error: unknown) => void failInternalRoute(res, error, this.logger));
    if (file) await this.send(certificateId, file, res);
  }

  private async send(certificateId: string, file: CertificatePdf, res: Response): Promise<void> {
    res.status(200).set({
      'content-type': 'application/pdf',
      'content-length': String(file.size),
      'content-disposition': `attachment; filename="${file.filename}"`,
      etag: `"${file.sha256}"`,
    });
    await pipeline(file.stream, res).catch((error: unknown) => {
      // Headers are gone: all we can do is cut the response short, which the client sees.
      this.logger.warn(`certificate ${certificateId}: PDF stream broke: ${String(error)}`);
    });
  }
}
