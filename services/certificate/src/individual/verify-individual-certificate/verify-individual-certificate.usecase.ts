import { Injectable } from '@nestjs/common';
import type { RpcHandler } from '@certhub/platform';
import { toIndividualVerification } from '../individual-certificate.mapper';
import { IndividualCertificateRepository } from '../individual-certificate.repository';

/** Public: what the QR code of an individual certificate leads to. */
@Injectable()
export class VerifyIndividualCertificate {
  constructor(private readonly certificates: IndividualCertificateRepository) {}

  readonly execute: RpcHandler<'certificate.individual.verify'> = async ({ number }) =>
    toIndividualVerification(await this.certificates.getByNumber(number));
}
