import { RpcCatalog, type Role, type RpcSubject } from '@certhub/contracts';

/**
 * Whether the gateway lets one of `roles` call the route of `subject`: the catalogue's roles (those
 * of a lifecycle action come from its table's rows), so a screen offers what the API takes without
 * restating who may.
 */
export function mayCall(roles: readonly Role[], subject: RpcSubject): boolean {
  const allowed = (RpcCatalog[subject] as { http?: { roles?: readonly Role[] } }).http?.roles;
  return !allowed?.length || allowed.some((role) => roles.includes(role));
}
