import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { requireIndividualReader } from '../individual-access';
import { toIndividualCertificateResponse } from '../individual-certificate.mapper';
import { IndividualCertificateRepository } from '../individual-certificate.repository';

/** One individual certificate; outside the reader's perimeter it is "not found" like a missing one. */
@Injectable()
export class GetIndividualCertificate {
  constructor(private readonly certificates: IndividualCertificateRepository) {}

  async execute(
    principal: Principal,
    { certificateId }: RpcPayload<'certificate.individual.get'>,
  ): Promise<RpcResponse<'certificate.individual.get'>> {
    const found = await this.certificates.getForReader(requireIndividualReader(principal), certificateId);
    return toIndividualCertificateResponse(found);
  }
}
