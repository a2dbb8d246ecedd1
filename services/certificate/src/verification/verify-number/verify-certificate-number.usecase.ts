import { Injectable } from '@nestjs/common';
import type { RpcHandler } from '@certhub/platform';
import { today } from '../../certificates/certificate-status';
import { CertificateRepository } from '../../certificates/certificate.repository';
import { toVerificationResponse } from '../../certificates/dto/certificate.response';

/** Public: what the QR code of a certificate leads to. */
@Injectable()
export class VerifyCertificateNumber {
  constructor(private readonly certificates: CertificateRepository) {}

  readonly execute: RpcHandler<'certificate.verify.number'> = async ({ number }) =>
    toVerificationResponse(await this.certificates.getByNumber(number), today());
}
