import { isSystemPrincipal, type Principal } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { belongsToOrganisation, isPlatformStaff } from '../common/access';
import type { OrganisationRepository } from './organisation.repository';
import type { Organisation } from './organisation.schema';

/**
 * The organisation if the principal may see it: the platform itself and platform staff see every
 * one, an organisation's users only their own. Anybody else gets the same 404 as for an unknown id, so nobody learns
 * which organisations exist.
 */
export async function findVisibleOrganisation(
  organisations: OrganisationRepository,
  principal: Principal,
  organisationId: string,
): Promise<Organisation> {
  const notFound = new DomainError('not_found', `organisation ${organisationId} was not found`);
  // The platform itself reads organisations for other services' work (the certificate's holder).
  const allowed =
    isSystemPrincipal(principal) ||
    isPlatformStaff(principal) ||
    belongsToOrganisation(principal, organisationId);
  if (!allowed) throw notFound;
  const organisation = await organisations.findRegistered(organisationId);
  if (!organisation) throw notFound;
  return organisation;
}
