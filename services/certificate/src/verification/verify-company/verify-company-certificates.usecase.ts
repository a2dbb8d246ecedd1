import { Injectable } from '@nestjs/common';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { today } from '../../certificates/certificate-status';
import { CertificateRepository } from '../../certificates/certificate.repository';
import { toVerificationResponse } from '../../certificates/dto/certificate.response';

/**
 * Public: "is my trading partner certified for this scheme?"
 * (docs/domain/verifiable-certificates.md#public-verification), by SIREN or SIRET.
 */
@Injectable()
export class VerifyCompanyCertificates {
  constructor(private readonly certificates: CertificateRepository) {}

  async execute(
    request: RpcPayload<'certificate.verify.company'>,
  ): Promise<RpcResponse<'certificate.verify.company'>> {
    const on = today();
    const found = await this.certificates.findByCompany(request, request.schemeId);
    return { items: found.map((certificate) => toVerificationResponse(certificate, on)) };
  }
}
