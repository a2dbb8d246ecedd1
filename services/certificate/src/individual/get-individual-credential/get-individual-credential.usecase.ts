import { Injectable } from '@nestjs/common';
import { SYSTEM_PRINCIPAL } from '@certhub/contracts';
import { DomainError, RpcClient, type RpcHandler } from '@certhub/platform';
import { requireIndividualReader } from '../individual-access';
import { IndividualCertificateRepository } from '../individual-certificate.repository';

/**
 * A person's credential, to exactly those who read her certificate: this service keeps the
 * candidate's perimeter (establishment, organisation, network, certifier), the credentials service
 * only the certifier. So the perimeter is checked here, then the credential fetched as the platform,
 * as for the copy inside the PDF; outside the perimeter it is "not found" like a missing one.
 */
@Injectable()
export class GetIndividualCredential {
  constructor(
    private readonly certificates: IndividualCertificateRepository,
    private readonly rpc: RpcClient,
  ) {}

  readonly execute: RpcHandler<'certificate.individual.credential'> = async (
    principal,
    { certificateId },
  ) => {
    const found = await this.certificates.getForReader(requireIndividualReader(principal), certificateId);
    try {
      return await this.rpc.call(
        'credentials.credential.get',
        { certificateId },
        { principal: SYSTEM_PRINCIPAL },
      );
    } catch (error) {
      // Issued from the same event as the certificate: a moment behind it at most.
      if (error instanceof DomainError && error.code === 'not_found')
        throw DomainError.conflict(`the credential of certificate ${found.number} is not issued yet`, {
          credential: 'pending',
        });
      throw error;
    }
  };
}
