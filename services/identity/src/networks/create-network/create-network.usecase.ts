import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { isPlatformAdmin } from '../../common/access';
import { newId } from '../../common/ids';
import { CertificationBodyRepository } from '../../certification-bodies/certification-body.repository';
import { isCertifierOf } from '../network-access';
import { toNetworkResponse } from '../network.mapper';
import { NetworkRepository } from '../network.repositories';

/**
 * A certifier adds a network of training organisations (its head contact and options); platform
 * administrators may do so for any certifier they name.
 */
@Injectable()
export class CreateNetwork {
  constructor(
    private readonly networks: NetworkRepository,
    private readonly bodies: CertificationBodyRepository,
  ) {}

  readonly execute: RpcHandler<'identity.networks.create'> = async (principal, request) => {
    const certifierId = isPlatformAdmin(principal) ? request.certifierId : principal.tenantId;
    if (!certifierId)
      throw new DomainError('validation_failed', 'name the certifier of the network', [
        { field: 'certifierId', message: 'required when platform staff create a network' },
      ]);
    if (!isCertifierOf(principal, certifierId))
      throw DomainError.forbidden('only a certifier’s administrators and staff create its networks');
    if (!(await this.bodies.exists(certifierId)))
      throw new DomainError('not_found', `certification body ${certifierId} was not found`);
    const network = await this.networks.create(
      {
        _id: newId('net'),
        certifierId,
        name: request.name,
        head: request.head,
        notifyOnCandidacy: request.notifyOnCandidacy,
      },
      principal.userId,
    );
    return toNetworkResponse(network);
  };
}
