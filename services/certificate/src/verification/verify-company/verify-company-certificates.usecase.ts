import { Injectable } from '@nestjs/common';
import { today } from '../../certificates/certificate-status';
import { CertificateRepository } from '../../certificates/certificate.repository';
import { toVerificationResponse } from '../../certificates/dto/certificate.response';
import { type RpcHandler } from '@certhub/platform';

/**
 * Public: "is my trading partner certified for this scheme?"
 * (docs/domain/verifiable-certificates.md#public-verification), by SIREN or SIRET.
 */
@Injectable()
export class VerifyCompanyCertificates {
  constructor(private readonly certificates: CertificateRepository) {}

  readonly execute: RpcHandler<'certificate.verify.company'> = async (request) => {
    const on = today();
    const found = await this.certificates.findByCompany(request, request.schemeId);
    return { items: found.map((certificate) => toVerificationResponse(certificate, on)) };
  };
}
