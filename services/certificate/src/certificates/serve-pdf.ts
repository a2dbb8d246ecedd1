import type { Logger } from '@nestjs/common';
import type { Principal } from '@certhub/contracts';
import { failInternalRoute, type InternalTokens } from '@certhub/platform';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import type { CertificatePdf } from './download-certificate-pdf/download-certificate-pdf.usecase';

/**
 * Answers an internal PDF route: the principal from the gateway's signed internal token (never a
 * bare header), the use case's refusal as its error body, else the bytes with their hash as ETag.
 */
export async function servePdf(
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
