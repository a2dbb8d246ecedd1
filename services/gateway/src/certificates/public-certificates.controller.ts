import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { Throttle } from '@nestjs/throttler';
import { RpcCatalog, type RpcResponse } from '@certhub/contracts';
import { DomainError, Public, RpcClient } from '@certhub/platform';
import type { Request } from 'express';
import { certificatesConfig } from './certificates.config';
import { hashUpload } from './hash-upload';
import { PDF } from '../http/media-types';
import { DescribeRoute } from '../http/route-doc';

/**
 * Public verification of a PDF (docs/domain/verifiable-certificates.md#public-verification), without
 * login; the JSON verification routes come from the catalogue. It has its own per-address budget,
 * tighter than the gateway's, like them, so certificate numbers cannot be enumerated.
 */
@Controller('api/v1/public/certificates')
@Throttle({ default: { limit: () => certificatesConfig().PUBLIC_VERIFY_RATE_LIMIT_PER_MINUTE, ttl: 60_000 } })
export class PublicCertificatesController {
  private readonly config = certificatesConfig();

  constructor(private readonly rpc: RpcClient) {}

  /**
   * The PDF itself as the body (`content-type: application/pdf`): hashed as it streams in, then
   * checked like verify-hash.
   */
  @Post('verify-file')
  @Public()
  @HttpCode(200)
  @DescribeRoute({
    operationId: 'certificate.verify.file',
    summary: 'Verify a certificate PDF without an account: is it one we issued, and is it valid?',
    tag: 'public',
    upload: { description: 'The PDF itself', mediaTypes: [PDF] },
    ok: {
      description: 'What the registry says',
      content: { json: RpcCatalog['certificate.verify.hash'].response },
    },
  })
  async file(@Req() req: Request): Promise<RpcResponse<'certificate.verify.hash'>> {
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/pdf') {
      throw new DomainError('unsupported_media_type', 'send the PDF itself as the body, as application/pdf');
    }
    const { sha256 } = await hashUpload(req, this.config.VERIFY_FILE_MAX_BYTES);
    return this.rpc.call('certificate.verify.hash', { sha256 });
  }
}
