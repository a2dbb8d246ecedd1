import { Injectable } from '@nestjs/common';
import { containingText, type RpcHandler } from '@certhub/platform';
import { toEstablishmentResponse } from '../network.mapper';
import { EstablishmentRepository } from '../network.repositories';

const WORKING = { active: true, organisationActive: { $ne: false } };

@Injectable()
export class ListEstablishments {
  constructor(private readonly establishments: EstablishmentRepository) {}

  readonly execute: RpcHandler<'identity.establishments.list'> = async (principal, query) => {
    const text = query.q ? containingText(query.q) : undefined;
    const filter = {
      ...(query.trainingOrganisationId ? { trainingOrganisationId: query.trainingOrganisationId } : {}),
      ...(text ? { $or: [{ name: text }, { siret: text }] } : {}),
      // "Active": the establishment works, its own flag and its organisation's both set.
      ...(query.active === true ? WORKING : {}),
      ...(query.active === false ? { $nor: [WORKING] } : {}),
    };
    return this.establishments.page(principal, filter, query, toEstablishmentResponse);
  };
}
