import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { type Principal, type RpcResponse } from '@certhub/contracts';
import { RpcClient } from '@certhub/platform';
import type { Request, Response } from 'express';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Endpoint, Input, type EndpointInput } from '../http/endpoint';
import { forward } from '../http/forward';
import { InternalProxy, internalPath } from '../http/internal-proxy';

/**
 * "Mon e-certificat" (docs/domain/organisation-certification.md#certificate): the certificates of the
 * caller's organisation or CB.
 */
@Controller('api/v1/certificates')
export class CertificatesController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly internal: InternalProxy,
  ) {}

  @Get()
  @Endpoint({
    rpc: 'certificate.list',
    tag: 'certificates',
    summary:
      'Certificates of your organisation, or those your certification body issued, with PDF availability',
  })
  list(@Input() input: EndpointInput<'certificate.list'>): Promise<RpcResponse<'certificate.list'>> {
    return forward(this.rpc, 'certificate.list', input);
  }

  /**
   * The certificate's PDF, streamed from the certificate service (files never travel over NATS),
   * which decides access: the holder's and its CB's users; anyone else gets 404.
   */
  @Get(':certificateId/pdf')
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
