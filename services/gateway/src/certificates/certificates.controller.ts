import { Controller, Get, Param, Res } from '@nestjs/common';
import { HEADERS, isRpcErrorBody, type Principal } from '@certhub/contracts';
import { DomainError, RequestContext } from '@certhub/platform';
import type { Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { certificatesConfig } from './certificates.config';

const PASSED_ON = ['content-type', 'content-length', 'content-disposition', 'etag'];

/**
 * "Mon e-certificat" (docs/domain/organisation-certification.md#certificate): the PDF of a certificate
 * of the caller's organisation or CB (the list is a catalogue route).
 */
@Controller('api/v1/certificates')
export class CertificatesController {
  private readonly config = certificatesConfig();

  /**
   * The certificate's PDF, streamed from the certificate service (files never travel over NATS),
   * which decides access: the holder's and its CB's users; anyone else gets 404.
   */
  @Get(':certificateId/pdf')
  async pdf(
    @Param('certificateId') certificateId: string,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const upstream = await this.fetchPdf(certificateId, principal);
    res.status(200);
    for (const name of PASSED_ON) {
      const value = upstream.headers.get(name);
      if (value) res.setHeader(name, value);
    }
    // A failure half-way cuts the response short: the client sees a broken download, never a bad file.
    await pipeline(Readable.fromWeb(upstream.body as ReadableStream), res).catch(() => res.destroy());
  }

  private async fetchPdf(certificateId: string, principal: Principal): Promise<globalThis.Response> {
    let upstream: globalThis.Response;
    try {
      upstream = await fetch(
        `${this.config.CERTIFICATE_URL}/internal/certificates/${encodeURIComponent(certificateId)}/pdf`,
        {
          headers: {
            [HEADERS.principal]: JSON.stringify(principal),
            [HEADERS.correlationId]: RequestContext.correlationId() ?? '',
          },
          signal: AbortSignal.timeout(30_000),
        },
      );
    } catch (error) {
      throw Object.assign(
        new DomainError(
          'dependency_unavailable',
          'the certificate service is unavailable: try again in a moment',
        ),
        { cause: error },
      );
    }
    if (upstream.ok && upstream.body) return upstream;
    const body: unknown = await upstream.json().catch(() => undefined);
    if (isRpcErrorBody(body)) throw new DomainError(body.code, body.message, body.details);
    throw new DomainError('dependency_unavailable', `certificate answered ${upstream.status}`);
  }
}
