import { Injectable } from '@nestjs/common';
import type { RpcHandler } from '@certhub/platform';
import { editNetworkPlace } from '../network-access';
import { toNetworkResponse } from '../network.mapper';
import { NetworkRepository } from '../network.repositories';

const EDITABLE = ['name', 'head', 'notifyOnCandidacy'] as const;

/**
 * The network's heads keep its head contact and options up to date, e.g. "notify me when a
 * candidacy is created" (docs/domain/training-networks.md#editing). Only what changes is written,
 * with a trail entry and one event; an edit made on a stale version answers 409.
 */
@Injectable()
export class UpdateNetwork {
  constructor(private readonly networks: NetworkRepository) {}

  readonly execute: RpcHandler<'identity.networks.update'> = (principal, request) =>
    editNetworkPlace(
      principal,
      this.networks,
      {
        kind: 'network',
        id: request.networkId,
        place: () => ({ networkId: request.networkId }),
        refusal: 'only the network’s administrators and supervisors edit it',
      },
      {
        editable: EDITABLE,
        stored: toNetworkResponse,
        request,
        duplicate: `network ${request.networkId} could not be updated`,
      },
    );
}
