import { Injectable } from '@nestjs/common';
import { containingText, type RpcHandler } from '@certhub/platform';
import { toEstablishmentResponse } from '../network.mapper';
import { EstablishmentRepository } from '../network.repositories';

@Injectable()
export class ListEstablishments {
  constructor(private readonly establishments: EstablishmentRepository) {}

  readonly execute: RpcHandler<'identity.establishments.list'> = async (principal, query) => {
    const text = query.q ? containingText(query.q) : undefined;
    const filter = {
      ...(query.trainingOrganisationId ? { trainingOrganisationId: query.trainingOrganisationId } : {}),
      ...(query.active === undefined ? {} : { active: query.active }),
      ...(text ? { $or: [{ name: text }, { siret: text }] } : {}),
    };
    return this.establishments.page(principal, filter, query, toEstablishmentResponse);
  };
}
