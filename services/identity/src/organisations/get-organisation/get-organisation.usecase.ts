import { Injectable } from '@nestjs/common';
import { findVisibleOrganisation } from '../organisation-access';
import { toOrganisationResponse } from '../organisation.mapper';
import { OrganisationRepository } from '../organisation.repository';
import { type RpcHandler } from '@certhub/platform';

@Injectable()
export class GetOrganisation {
  constructor(private readonly organisations: OrganisationRepository) {}

  readonly execute: RpcHandler<'identity.organisations.get'> = async (principal, request) => {
    return toOrganisationResponse(
      await findVisibleOrganisation(this.organisations, principal, request.organisationId),
    );
  };
}
