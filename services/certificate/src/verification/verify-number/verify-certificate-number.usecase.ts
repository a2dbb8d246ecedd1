import { Injectable } from '@nestjs/common';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { today } from '../../certificates/certificate-status';
import { CertificateRepository } from '../../certificates/certificate.repository';
import { toVerificationResponse } from '../../certificates/dto/certificate.response';

/** Public: what the QR code of a certificate leads to. */
@Injectable()
export class VerifyCertificateNumber {
  constructor(private readonly certificates: CertificateRepository) {}

  async execute({
    number,
  }: RpcPayload<'certificate.verify.number'>): Promise<RpcResponse<'certificate.verify.number'>> {
    return toVerificationResponse(await this.certificates.getByNumber(number), today());
  }
}
