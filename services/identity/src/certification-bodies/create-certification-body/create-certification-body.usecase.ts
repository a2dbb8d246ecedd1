import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { isPlatformAdmin } from '../../common/access';
import { toCertificationBodyResponse } from '../certification-body.mapper';
import { CertificationBodyRepository } from '../certification-body.repository';

/** The platform onboards a CB; its tenant id derives from its code, as the demo's `cb-demo`. */
@Injectable()
export class CreateCertificationBody {
  constructor(private readonly bodies: CertificationBodyRepository) {}

  readonly execute: RpcHandler<'identity.certification-bodies.create'> = async (principal, request) => {
    if (!isPlatformAdmin(principal))
      throw DomainError.forbidden('only the platform may create a certification body');
    const created = await this.bodies.insert({ id: `cb-${request.code}`, ...request });
    return toCertificationBodyResponse(created);
  };
}
