import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { VerifyCertificateNumber } from './verify-number/verify-certificate-number.usecase';
import { VerifyCompanyCertificates } from './verify-company/verify-company-certificates.usecase';
import { VerifyPdfHash } from './verify-hash/verify-pdf-hash.usecase';

/** Public verification: no principal is needed, and nothing personal is answered. */
@Controller()
export class VerificationController {
  constructor(
    private readonly verifyNumber: VerifyCertificateNumber,
    private readonly verifyCompany: VerifyCompanyCertificates,
    private readonly verifyHash: VerifyPdfHash,
  ) {}

  @MessagePattern('certificate.verify.number')
  number(
    @Payload() request: RpcPayload<'certificate.verify.number'>,
  ): Promise<RpcResponse<'certificate.verify.number'>> {
    return this.verifyNumber.execute(request);
  }

  @MessagePattern('certificate.verify.company')
  company(
    @Payload() request: RpcPayload<'certificate.verify.company'>,
  ): Promise<RpcResponse<'certificate.verify.company'>> {
    return this.verifyCompany.execute(request);
  }

  @MessagePattern('certificate.verify.hash')
  hash(
    @Payload() request: RpcPayload<'certificate.verify.hash'>,
  ): Promise<RpcResponse<'certificate.verify.hash'>> {
    return this.verifyHash.execute(request);
  }
}
