import { Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { Throttle } from '@nestjs/throttler';
import type { RpcResponse } from '@certhub/contracts';
import { DomainError, Public, RpcClient } from '@certhub/platform';
import type { Request } from 'express';
import { Endpoint, Input, type EndpointInput } from '../http/endpoint';
import { forward } from '../http/forward';
import { certificatesConfig } from './certificates.config';
import { hashUpload } from './hash-upload';

/**
 * Public verification (docs/domain/verifiable-certificates.md#public-verification), without login. Each route
 * has its own per-address budget, tighter than the gateway's, so certificate numbers cannot be enumerated.
 */
@Controller('api/v1/public/certificates')
@Throttle({ default: { limit: () => certificatesConfig().PUBLIC_VERIFY_RATE_LIMIT_PER_MINUTE, ttl: 60_000 } })
export class PublicCertificatesController {
  private readonly config = certificatesConfig();

  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Endpoint({
    rpc: 'certificate.verify.company',
    tag: 'public verification',
    public: true,
    summary: 'Certificates of a company for a scheme, by SIREN or by the SIRET of a site',
  })
  company(
    @Input() input: EndpointInput<'certificate.verify.company'>,
  ): Promise<RpcResponse<'certificate.verify.company'>> {
    return forward(this.rpc, 'certificate.verify.company', input);
  }

  @Get('verify/:number')
  @Endpoint({
    rpc: 'certificate.verify.number',
    tag: 'public verification',
    public: true,
    summary: 'Status, validity and scope of a certificate by its number (where its QR code leads)',
  })
  number(
    @Input() input: EndpointInput<'certificate.verify.number'>,
  ): Promise<RpcResponse<'certificate.verify.number'>> {
    return forward(this.rpc, 'certificate.verify.number', input);
  }

  @Get('verify-hash/:sha256')
  @Endpoint({
    rpc: 'certificate.verify.hash',
    tag: 'public verification',
    public: true,
    summary: 'Whether a file with this SHA-256 is a PDF certhub printed, and its certificate’s status',
  })
  hash(
    @Input() input: EndpointInput<'certificate.verify.hash'>,
  ): Promise<RpcResponse<'certificate.verify.hash'>> {
    return forward(this.rpc, 'certificate.verify.hash', input);
  }

  /**
   * The PDF itself as the body (`content-type: application/pdf`): hashed as it streams in, then
   * checked like verify-hash. Not in the OpenAPI document, which describes JSON routes only.
   */
  @Post('verify-file')
  @Public()
  @HttpCode(200)
  async file(@Req() req: Request): Promise<RpcResponse<'certificate.verify.hash'>> {
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/pdf') {
      throw new DomainError('unsupported_media_type', 'send the PDF itself as the body, as application/pdf');
    }
    const { sha256 } = await hashUpload(req, this.config.VERIFY_FILE_MAX_BYTES);
    return this.rpc.call('certificate.verify.hash', { sha256 });
  }
}
