import type { RpcResponse } from '@certhub/contracts';
import { toAddress } from '../common/address.schema';
import type { Organisation } from './organisation.schema';
import type { Site } from './site.schema';

export function toOrganisationResponse(
  organisation: Organisation,
): RpcResponse<'identity.organisations.get'> {
  return {
    id: organisation._id,
    siren: organisation.siren,
    name: organisation.name,
    address: toAddress(organisation.address),
    active: organisation.active,
    createdAt: organisation.createdAt.toISOString(),
  };
}

export function toSiteResponse(site: Site): RpcResponse<'identity.sites.add'> {
  return {
    id: site._id,
    // A site's tenant is its organisation.
    organisationId: site.tenantId,
    siret: site.siret,
    name: site.name,
    address: toAddress(site.address),
    headquarters: site.headquarters,
  };
}
