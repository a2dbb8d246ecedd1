import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { isPlatformAdmin } from '../../common/access';
import { toCertificationBodyResponse } from '../certification-body.mapper';
import { CertificationBodyRepository } from '../certification-body.repository';

/** The platform onboards a CB; its tenant id derives from its code, as the demo's `cb-demo`. */
@Injectable()
export class CreateCertificationBody {
  constructor(private readonly bodies: CertificationBodyRepository) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'identity.certification-bodies.create'>,
  ): Promise<RpcResponse<'identity.certification-bodies.create'>> {
    if (!isPlatformAdmin(principal))
      throw DomainError.forbidden('only the platform may create a certification body');
    const created = await this.bodies.insert({ id: `cb-${request.code}`, ...request });
    return toCertificationBodyResponse(created);
  }
}
