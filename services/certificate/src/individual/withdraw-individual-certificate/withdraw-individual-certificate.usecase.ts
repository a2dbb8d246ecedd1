import { Injectable } from '@nestjs/common';
import { newCloudEvent } from '@certhub/contracts';
import { DomainError, RequestContext, type RpcHandler } from '@certhub/platform';
import { requireCertifier } from '../individual-access';
import { toIndividualCertificateResponse } from '../individual-certificate.mapper';
import { IndividualCertificateRepository } from '../individual-certificate.repository';

/**
 * The certifier withdraws a certificate it issued (fraud, a decision annulled), with a reason:
 * verification answers `withdrawn` at once and the `individual_withdrawn` event leaves with the write.
 */
@Injectable()
export class WithdrawIndividualCertificate {
  constructor(private readonly certificates: IndividualCertificateRepository) {}

  readonly execute: RpcHandler<'certificate.individual.withdraw'> = async (
    principal,
    { certificateId, reason },
  ) => {
    const scope = requireCertifier(principal);
    const at = new Date();
    const result = await this.certificates.withdraw(
      scope,
      certificateId,
      { at, by: principal.userId, reason },
      (c) =>
        newCloudEvent(
          'certhub.certificate.individual_withdrawn.v1',
          { certificateId: c._id, number: c.number, cbId: c.cbId, reason },
          {
            source: 'certhub/certificate',
            subject: c._id,
            tenantId: c.cbId,
            partitionKey: c._id,
            correlationId: RequestContext.correlationId(),
            time: at,
          },
        ),
    );
    if (result.outcome === 'not_found') throw DomainError.notFound(`individual certificate ${certificateId}`);
    if (result.outcome === 'not_valid')
      throw DomainError.conflict(`individual certificate ${result.certificate.number} is already withdrawn`);
    return toIndividualCertificateResponse(result.certificate);
  };
}
