import { Injectable } from '@nestjs/common';
import type { RpcHandler } from '@certhub/platform';
import { openNetworkPlaceEdit } from '../network-access';
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

  readonly execute: RpcHandler<'identity.networks.update'> = async (principal, request) => {
    const { networkId, version } = request;
    const { current, edit } = await openNetworkPlaceEdit(
      principal,
      this.networks,
      {
        kind: 'network',
        id: networkId,
        place: () => ({ networkId }),
        refusal: 'only the network’s administrators and supervisors edit it',
      },
      { editable: EDITABLE, stored: toNetworkResponse, request },
    );
    if (!edit) return toNetworkResponse(current);
    const updated = await this.networks.applyEdit(
      current,
      version,
      edit,
      `network ${networkId} could not be updated`,
    );
    return toNetworkResponse(updated);
  };
}
