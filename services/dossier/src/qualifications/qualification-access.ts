import type { Principal } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';

/** The register is a CB's: its cb_admin writes it; its staff read it (an auditor, his own lines). */
export function requireCbStaff(principal: Principal): string {
  if (principal.tenantType !== 'cb')
    throw DomainError.forbidden('the qualification register is a certification body’s');
  return principal.tenantId;
}

export function requireCbAdmin(principal: Principal): string {
  const cbId = requireCbStaff(principal);
  if (!principal.roles.includes('cb_admin'))
    throw DomainError.forbidden('only the certification body’s administrator manages qualifications');
  return cbId;
}

/** Auditors read their own qualifications only; cb_admin and analysts the whole register. */
export const ownLinesOnly = (principal: Principal): boolean =>
  !principal.roles.some((r) => r === 'cb_admin' || r === 'analyst');
