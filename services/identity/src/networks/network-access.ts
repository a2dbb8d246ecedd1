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
import { diffEdit, requireSomeField, staleVersion, type MasterDataEdit } from '../common/edits';

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
 * Adding an organisation or an establishment edits the place it is added to: the same people may
 * (the network's heads, an organisation's administrator for its establishments, the platform's
 * administrators), 403 otherwise with `refusal` saying who may.
 */
export function requireMayAddTo(principal: Principal, parent: NetworkPlace, refusal: string): void {
  if (!mayEditNetworkPlace(principal, parent)) throw DomainError.forbidden(refusal);
}

/**
 * Every edit of a network, organisation or establishment, in this order: a field to change (422),
 * the record within the editor's reach (404), the editor's right on that place (403, `refusal`
 * saying who may), the version the form was opened on (409); then, when something really changes,
 * the edit's own `check` and the write (`duplicate` when a `unique` identifier is taken). Answers
 * the record as `stored` shows it, edited or not.
 */
export async function editNetworkPlace<
  T extends { version?: number },
  F extends string,
  R extends Partial<Record<F, unknown>>,
>(
  principal: Principal,
  records: {
    getVisible(principal: Principal, id: string): Promise<T>;
    applyEdit(
      current: T,
      version: number,
      edit: MasterDataEdit,
      duplicate: string,
      unique?: { field: 'siren' | 'siret'; value: string | undefined },
    ): Promise<T>;
  },
  subject: { kind: string; id: string; place: (current: T) => NetworkPlace; refusal: string },
  edit: {
    editable: readonly F[];
    /** The record as its response shows it, so no database extras compare unequal. */
    stored: (current: T) => R;
    request: Partial<Record<F, unknown>> & { version: number };
    /** What the edit must still satisfy once it is known to change something. */
    check?: (current: T, edit: MasterDataEdit) => Promise<void>;
    duplicate: string;
    unique?: { field: 'siren' | 'siret'; value: string | undefined };
  },
): Promise<R> {
  requireSomeField(edit.editable, edit.request);
  const current = await records.getVisible(principal, subject.id);
  if (!mayEditNetworkPlace(principal, subject.place(current))) throw DomainError.forbidden(subject.refusal);
  const { version } = edit.request;
  if ((current.version ?? 0) !== version) throw staleVersion(subject.kind, subject.id, version);
  const change = diffEdit(edit.editable, edit.stored(current), edit.request, principal.userId);
  if (!change) return edit.stored(current);
  await edit.check?.(current, change);
  return edit.stored(await records.applyEdit(current, version, change, edit.duplicate, edit.unique));
}
