import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Principal } from '@certhub/contracts';
import type { Request, Response } from 'express';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { InternalProxy, internalPath } from '../http/internal-proxy';
import { PDF } from '../http/media-types';
import { DescribeRoute } from '../http/route-doc';

/**
 * "Mon e-certificat" (docs/domain/organisation-certification.md#certificate): the PDF of a certificate
 * of the caller's organisation or CB (the list is a catalogue route).
 */
@Controller('api/v1/certificates')
export class CertificatesController {
  constructor(private readonly internal: InternalProxy) {}

  /**
   * The certificate's PDF, streamed from the certificate service (files never travel over NATS),
   * which decides access: the holder's and its CB's users; anyone else gets 404.
   */
  @Get(':certificateId/pdf')
  @DescribeRoute({
    operationId: 'certificate.pdf.download',
    summary: 'The certificate as PDF (the holder’s and its CB’s users)',
    tag: 'certificates',
    ok: { description: 'The signed PDF', content: { bytes: [PDF] } },
  })
  pdf(
    @Param('certificateId') certificateId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const path = internalPath`/internal/certificates/${certificateId}/pdf`;
    return this.internal.download('certificate', path, req, res, principal);
  }
}

/** The individuals' line: the PDF of an individual certificate (the catalogue serves its record). */
@Controller('api/v1/individual-certificates')
export class IndividualCertificatesController {
  constructor(private readonly internal: InternalProxy) {}

  /**
   * Streamed from the certificate service, which decides access: the candidate's establishment,
   * organisation and network and its certifier; anyone else gets 404.
   */
  @Get(':certificateId/pdf')
  @DescribeRoute({
    operationId: 'certificate.individual.pdf.download',
    summary: 'An individual certificate as PDF (the candidate’s training network and certifier)',
    tag: 'individual certificates',
    ok: { description: 'The signed PDF', content: { bytes: [PDF] } },
  })
  pdf(
    @Param('certificateId') certificateId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const path = internalPath`/internal/certificates/individual/${certificateId}/pdf`;
    return this.internal.download('certificate', path, req, res, principal);
  }
}
