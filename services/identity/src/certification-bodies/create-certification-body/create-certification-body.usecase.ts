import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { isPlatformAdmin } from '../../common/access';
import { identityEvent } from '../../common/events';
import { toCertificationBodyResponse } from '../certification-body.mapper';
import { CertificationBodyRepository } from '../certification-body.repository';

/** The platform onboards a CB; its tenant id derives from its code, as the demo's `cb-demo`. */
@Injectable()
export class CreateCertificationBody {
  constructor(private readonly bodies: CertificationBodyRepository) {}

  readonly execute: RpcHandler<'identity.certification-bodies.create'> = async (principal, request) => {
    if (!isPlatformAdmin(principal))
      throw DomainError.forbidden('only the platform may create a certification body');
    const id = `cb-${request.code}`;
    const event = identityEvent(
      'certhub.certification_body.created.v1',
      { cbId: id, code: request.code, name: request.name, createdBy: principal.userId },
      { tenantId: id, aggregateId: id },
    );
    const created = await this.bodies.insert({ id, ...request }, event);
    return toCertificationBodyResponse(created);
  };
}
