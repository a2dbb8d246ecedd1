import { Injectable } from '@nestjs/common';
import type { RpcHandler } from '@certhub/platform';
import { requireIndividualReader } from '../individual-access';
import { toIndividualCertificateResponse } from '../individual-certificate.mapper';
import { IndividualCertificateRepository } from '../individual-certificate.repository';

/** One individual certificate; outside the reader's perimeter it is "not found" like a missing one. */
@Injectable()
export class GetIndividualCertificate {
  constructor(private readonly certificates: IndividualCertificateRepository) {}

  readonly execute: RpcHandler<'certificate.individual.get'> = async (principal, { certificateId }) => {
    const found = await this.certificates.getForReader(requireIndividualReader(principal), certificateId);
    return toIndividualCertificateResponse(found);
  };
}
