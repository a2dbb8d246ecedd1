import { Injectable } from '@nestjs/common';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { toIndividualVerification } from '../individual-certificate.mapper';
import { IndividualCertificateRepository } from '../individual-certificate.repository';

/** Public: what the QR code of an individual certificate leads to. */
@Injectable()
export class VerifyIndividualCertificate {
  constructor(private readonly certificates: IndividualCertificateRepository) {}

  async execute({
    number,
  }: RpcPayload<'certificate.individual.verify'>): Promise<RpcResponse<'certificate.individual.verify'>> {
    return toIndividualVerification(await this.certificates.getByNumber(number));
  }
}
