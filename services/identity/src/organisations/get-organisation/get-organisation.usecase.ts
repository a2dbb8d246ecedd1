import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { findVisibleOrganisation } from '../organisation-access';
import { toOrganisationResponse } from '../organisation.mapper';
import { OrganisationRepository } from '../organisation.repository';

@Injectable()
export class GetOrganisation {
  constructor(private readonly organisations: OrganisationRepository) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'identity.organisations.get'>,
  ): Promise<RpcResponse<'identity.organisations.get'>> {
    return toOrganisationResponse(
      await findVisibleOrganisation(this.organisations, principal, request.organisationId),
    );
  }
}
