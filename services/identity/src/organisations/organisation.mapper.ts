import type { RpcResponse } from '@certhub/contracts';
import { toAddress } from '../common/address.schema';
import type { Contact, Organisation, OrganisationChange } from './organisation.schema';
import type { Site } from './site.schema';

export function toOrganisationResponse(
  organisation: Organisation,
): RpcResponse<'identity.organisations.get'> {
  return {
    id: organisation._id,
    siren: organisation.siren,
    name: organisation.name,
    address: toAddress(organisation.address),
    ...(organisation.phone ? { phone: organisation.phone } : {}),
    ...(organisation.email ? { email: organisation.email } : {}),
    ...(organisation.website ? { website: organisation.website } : {}),
    contacts: (organisation.contacts ?? []).map(toContact),
    active: organisation.active,
    version: organisation.version ?? 0,
    createdAt: organisation.createdAt.toISOString(),
    ...(organisation.updatedAt ? { updatedAt: organisation.updatedAt.toISOString() } : {}),
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

/** A stored contact without its empty optional fields. */
function toContact(contact: Contact): Contact {
  return {
    role: contact.role,
    name: contact.name,
    ...(contact.position ? { position: contact.position } : {}),
    email: contact.email,
    ...(contact.phone ? { phone: contact.phone } : {}),
  };
}

export function toOrganisationChangeResponse(change: OrganisationChange) {
  return {
    at: change.at.toISOString(),
    by: change.by,
    fields: change.fields,
    before: change.before,
    after: change.after,
  };
}
