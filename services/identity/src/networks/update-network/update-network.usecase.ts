import { Injectable } from '@nestjs/common';
import type { RpcHandler } from '@certhub/platform';
import { requireSomeField } from '../../common/edits';
import { identityEvent } from '../../common/events';
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

  readonly execute: RpcHandler<'identity.networks.update'> = async (principal, request) => {
    const { networkId, version } = request;
    requireSomeField(EDITABLE, request);
    const current = await this.networks.getVisible(principal, networkId);
    const edit = editNetworkPlace(
      principal,
      {
        kind: 'network',
        id: networkId,
        place: { networkId },
        version: current.version,
        refusal: 'only the network’s administrators and supervisors edit it',
      },
      { editable: EDITABLE, stored: toNetworkResponse(current), request },
    );
    if (!edit) return toNetworkResponse(current);
    const event = identityEvent(
      'certhub.network.updated.v1',
      { networkId, fields: edit.change.fields, changedBy: principal.userId },
      { tenantId: networkId, aggregateId: networkId },
    );
    const updated = await this.networks.applyEdit(
      current,
      version,
      edit,
      event,
      `network ${networkId} could not be updated`,
    );
    return toNetworkResponse(updated);
  };
}
