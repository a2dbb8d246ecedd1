import type { Principal, Role } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';

/**
 * Whose candidacies a request counts: one tenant of the four every candidacy carries (its
 * establishment, organisation, network or certifier), or every one for platform staff.
 */
export type CandidacyScope = { kind: 'tenant'; tenantId: string } | { kind: 'platform' };

/**
 * Deny by default: the role must be one of `roles`; a training network's user reads at his
 * perimeter's level (establishment, organisation, else the network), a certifier's staff the
 * certifier's candidacies, platform staff all of them.
 */
export function candidacyScope(principal: Principal, roles: readonly Role[]): CandidacyScope {
  if (!principal.roles.some((role) => roles.includes(role)))
    throw DomainError.forbidden(`these figures need one of the roles: ${roles.join(', ')}`);
  switch (principal.tenantType) {
    case 'platform':
      return { kind: 'platform' };
    case 'cb':
      return { kind: 'tenant', tenantId: principal.tenantId };
    case 'network':
      return {
        kind: 'tenant',
        tenantId:
          principal.perimeter?.establishmentId ??
          principal.perimeter?.trainingOrganisationId ??
          principal.tenantId,
      };
    default:
      throw DomainError.forbidden('candidacy figures are not available to this tenant');
  }
}
