import { candidacyPerimeter, type Principal, type Role } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';

/**
 * Whose candidacies a request counts: one tenant of the four every candidacy carries (its
 * establishment, organisation, network or certifier), or every one for platform staff.
 */
export type CandidacyScope = { kind: 'tenant'; tenantId: string } | { kind: 'platform' };

/** Deny by default: the role must be one of `roles`; then the contracts' `candidacyPerimeter`. */
export function candidacyScope(principal: Principal, roles: readonly Role[]): CandidacyScope {
  if (!principal.roles.some((role) => roles.includes(role)))
    throw DomainError.forbidden(`these figures need one of the roles: ${roles.join(', ')}`);
  const perimeter = candidacyPerimeter(principal);
  switch (perimeter.level) {
    case 'all':
      return { kind: 'platform' };
    case 'none':
      throw DomainError.forbidden('candidacy figures are not available to this tenant');
    default:
      return { kind: 'tenant', tenantId: perimeter.tenantId };
  }
}
