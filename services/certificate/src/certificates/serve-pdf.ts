import { Controller, Get, Headers, Inject, Logger, Param, Res, type Type } from '@nestjs/common';
import type { Principal } from '@certhub/contracts';
import { failInternalRoute, InternalTokens } from '@certhub/platform';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import type { CertificatePdf } from './download-certificate-pdf/download-certificate-pdf.usecase';

/**
 * Answers an internal PDF route: the principal from the gateway's signed internal token (never a
 * bare header), the use case's refusal as its error body, else the bytes with their hash as ETag.
 */
async function servePdf(
  route: { tokens: InternalTokens; logger: Logger; authorization: string | undefined; res: Response },
  certificateId: string,
  download: (principal: Principal | undefined) => Promise<CertificatePdf>,
): Promise<void> {
  const { res, logger } = route;
  const file = await route.tokens
    .verify(route.authorization)
    .then(download)
    .catch((error: unknown) => void failInternalRoute(res, error, logger));
  if (!file) return;
  res.status(200).set({
    'content-type': 'application/pdf',
    'content-length': String(file.size),
    'content-disposition': `attachment; filename="${file.filename}"`,
    etag: `"${file.sha256}"`,
  });
  await pipeline(file.stream, res).catch((error: unknown) => {
    // Headers are gone: all we can do is cut the response short, which the client sees.
    logger.warn(`certificate ${certificateId}: PDF stream broke: ${String(error)}`);
  });
}

/** A use case answering a certificate's latest PDF for a principal, or refusing. */
interface DownloadPdf {
  execute(principal: Principal | undefined, certificateId: string): Promise<CertificatePdf>;
}

/**
 * The internal route `<path>/:certificateId/pdf` that the gateway proxies (PDF bytes never travel
 * over NATS): internal (cluster network only, like NATS), it acts for the principal named by the
 * gateway's signed internal token (InternalTokens), never for a bare header.
 */
export function pdfFilesController(name: string, path: string, download: Type<DownloadPdf>): Type {
  @Controller(path)
  class PdfFiles {
    private readonly logger = new Logger(name);

    constructor(
      @Inject(download) private readonly downloadPdf: DownloadPdf,
      private readonly tokens: InternalTokens,
    ) {}

    @Get(':certificateId/pdf')
    pdf(
      @Param('certificateId') certificateId: string,
      @Headers('authorization') authorization: string | undefined,
      @Res() res: Response,
    ): Promise<void> {
      const route = { tokens: this.tokens, logger: this.logger, authorization, res };
      return servePdf(route, certificateId, (p) => this.downloadPdf.execute(p, certificateId));
    }
  }
  return Object.defineProperty(PdfFiles, 'name', { value: name });
}
