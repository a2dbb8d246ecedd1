import { Injectable } from '@nestjs/common';
import { mongoSort, type RpcHandler, toPage } from '@certhub/platform';
import { EstablishmentRepository } from '../network.repositories';
import type { EstablishmentActionEntry } from './establishment-action';
import { EstablishmentActionRepository } from './establishment-action.repository';

/** The history of an establishment, for whoever reads the establishment (404 otherwise), newest first. */
@Injectable()
export class EstablishmentHistory {
  constructor(
    private readonly establishments: EstablishmentRepository,
    private readonly actions: EstablishmentActionRepository,
  ) {}

  readonly execute: RpcHandler<'identity.establishments.history'> = async (principal, query) => {
    const establishment = await this.establishments.getVisible(principal, query.establishmentId);
    const { items, total } = await this.actions.page(
      { networkId: establishment.networkId, establishmentId: establishment._id },
      { ...(query.action ? { action: query.action } : {}) },
      query,
      mongoSort(query.sort, '-at'),
    );
    return toPage(items.map(toEstablishmentActionResponse), total, query);
  };
}

function toEstablishmentActionResponse(line: EstablishmentActionEntry) {
  const { _id, tenantId: _tenant, at, ...rest } = line;
  return { id: _id, at: at.toISOString(), ...rest };
}
