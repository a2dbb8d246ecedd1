import {
  NETWORK_ROLE_LEVEL,
  isSystemPrincipal,
  mayEditNetworkPlace,
  type NetworkPlace,
  type Principal,
  type Role,
} from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { hasRole, isPlatformAdmin, isPlatformStaff } from '../common/access';
import { diffEdit, staleVersion, type MasterDataEdit } from '../common/edits';

/** A certifier's people: its administrators, the staff instructing habilitations, its jury. */
const CERTIFIER_ROLES: readonly Role[] = ['cb_admin', 'certifier_staff', 'jury_member'];

/**
 * Which part of the training networks a principal reads, as filters on the three collections
 * (tenant-pinned), a cross-tenant reason, or nothing. Deny by default.
 */
export type NetworkScope =
  | {
      kind: 'tenant';
      networks: Record<string, unknown>;
      organisations: Record<string, unknown>;
      establishments: Record<string, unknown>;
    }
  | { kind: 'cross'; reason: string }
  | { kind: 'none' };

export function networkScope(p: Principal): NetworkScope {
  if (isSystemPrincipal(p)) return { kind: 'cross', reason: 'the platform itself reads every network' };
  if (isPlatformStaff(p)) return { kind: 'cross', reason: 'platform staff supervise every network' };
  if (p.tenantType === 'cb' && p.roles.some((r) => CERTIFIER_ROLES.includes(r))) {
    const mine = { tenantId: p.tenantId, certifierId: p.tenantId };
    return { kind: 'tenant', networks: mine, organisations: mine, establishments: mine };
  }
  if (p.tenantType === 'network' && p.roles.some((r) => NETWORK_ROLE_LEVEL[r])) {
    const network = { tenantId: p.tenantId, networkId: p.tenantId };
    const organisationId = p.perimeter?.trainingOrganisationId;
    const establishmentId = p.perimeter?.establishmentId;
    return {
      kind: 'tenant',
      networks: { tenantId: p.tenantId, _id: p.tenantId },
      organisations: organisationId ? { ...network, _id: organisationId } : network,
      establishments: {
        ...network,
        ...(organisationId ? { trainingOrganisationId: organisationId } : {}),
        ...(establishmentId ? { _id: establishmentId } : {}),
      },
    };
  }
  return { kind: 'none' };
}

/** Staff of the certifier `certifierId` (or the platform's administrators). */
export function isCertifierOf(p: Principal, certifierId: string): boolean {
  if (isPlatformAdmin(p)) return true;
  return (
    p.tenantType === 'cb' &&
    p.tenantId === certifierId &&
    (hasRole(p, 'cb_admin') || hasRole(p, 'certifier_staff'))
  );
}

export const notFound = (kind: string, id: string): DomainError =>
  new DomainError('not_found', `${kind} ${id} was not found`);

/**
 * The checks every edit of a network, organisation or establishment makes, in this order: the
 * editor's right on that place (403, `refusal` saying who may), the version the form was opened on
 * (409), then what really changes (undefined: nothing).
 */
export function editNetworkPlace<F extends string>(
  principal: Principal,
  subject: { kind: string; id: string; place: NetworkPlace; version: number | undefined; refusal: string },
  edit: {
    editable: readonly F[];
    stored: Partial<Record<F, unknown>>;
    request: Partial<Record<F, unknown>> & { version: number };
  },
): MasterDataEdit | undefined {
  if (!mayEditNetworkPlace(principal, subject.place)) throw DomainError.forbidden(subject.refusal);
  if ((subject.version ?? 0) !== edit.request.version)
    throw staleVersion(subject.kind, subject.id, edit.request.version);
  return diffEdit(edit.editable, edit.stored, edit.request, principal.userId);
}
