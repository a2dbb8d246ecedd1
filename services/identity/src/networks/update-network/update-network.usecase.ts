import { Injectable } from '@nestjs/common';
import { mayEditNetworkPlace } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { diffEdit, requireSomeField, staleVersion } from '../../common/edits';
import { identityEvent } from '../../common/events';
import { notFound } from '../network-access';
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
    const current = await this.networks.findVisible(principal, networkId);
    if (!current) throw notFound('network', networkId);
    if (!mayEditNetworkPlace(principal, { networkId }))
      throw DomainError.forbidden('only the network’s administrators and supervisors edit it');
    if ((current.version ?? 0) !== version) throw staleVersion('network', networkId, version);
    const edit = diffEdit(EDITABLE, toNetworkResponse(current), request, principal.userId);
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
    if (!updated) throw staleVersion('network', networkId, version);
    return toNetworkResponse(updated);
  };
}
