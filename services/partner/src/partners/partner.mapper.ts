import type { RpcResponse } from '@certhub/contracts';
import type { Scope } from '../scope/event-scope';
import type { Partner } from './partner.schema';

export const toScopeResponse = (scope: Scope): Scope => ({
  ...(scope.cbId ? { cbId: scope.cbId } : {}),
  ...(scope.schemeId ? { schemeId: scope.schemeId } : {}),
  ...(scope.sirens?.length ? { sirens: [...scope.sirens] } : {}),
});

export function toPartnerResponse(partner: Partner): RpcResponse<'partner.clients.get'> {
  return {
    id: partner._id,
    name: partner.name,
    clientId: partner.clientId,
    ownerTenantId: partner.tenantId,
    scope: toScopeResponse(partner.scope),
    createdBy: partner.createdBy,
    createdAt: partner.createdAt.toISOString(),
  };
}
