import type { Principal } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';

/** A partner client acting for itself: its token's tenant is the partner id. */
export function requirePartner(principal: Principal): string {
  if (principal.tenantType !== 'partner' || !principal.roles.includes('partner'))
    throw DomainError.forbidden('only a partner client may do this');
  return principal.tenantId;
}

/** Who may create and read partner clients: the platform, or a CB for partners of its own. */
export type PartnerAdmin = { kind: 'platform' } | { kind: 'cb'; cbId: string };

export function requirePartnerAdmin(principal: Principal): PartnerAdmin {
  if (principal.tenantType === 'platform' && principal.roles.includes('platform_admin'))
    return { kind: 'platform' };
  if (principal.tenantType === 'cb' && principal.roles.includes('cb_admin'))
    return { kind: 'cb', cbId: principal.tenantId };
  throw DomainError.forbidden('managing partner clients needs platform_admin, or cb_admin for your own CB');
}

/** The owner tenant recorded on a partner: the platform itself, or the CB. */
export const ownerTenantOf = (admin: PartnerAdmin): string =>
  admin.kind === 'platform' ? 'platform' : admin.cbId;
