import { slicePage } from '@certhub/contracts';
import { Injectable } from '@nestjs/common';
import type { RpcHandler } from '@certhub/platform';
import { findVisibleOrganisation } from '../organisation-access';
import { toOrganisationChangeResponse } from '../organisation.mapper';
import { OrganisationRepository } from '../organisation.repository';

/** Who changed the organisation's master data, newest first, for whoever may see the organisation. */
@Injectable()
export class OrganisationHistory {
  constructor(private readonly organisations: OrganisationRepository) {}

  readonly execute: RpcHandler<'identity.organisations.history'> = async (principal, query) => {
    const organisation = await findVisibleOrganisation(this.organisations, principal, query.organisationId);
    // Master-data edits are few (a handful a year): the history lives on the organisation itself.
    return slicePage([...(organisation.history ?? [])].reverse(), query, toOrganisationChangeResponse);
  };
}
