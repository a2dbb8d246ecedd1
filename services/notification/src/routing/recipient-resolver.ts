import { Injectable } from '@nestjs/common';
import { SYSTEM_PRINCIPAL, type RpcRequest, type RpcResponse } from '@certhub/contracts';
import { DomainError, RpcClient } from '@certhub/platform';
import type { NetworkOption, RecipientRule, Route } from './route';

/** A user to notify, and the portal path of his action (his rule's link, or else the route's). */
export type Recipient = RpcResponse<'identity.recipients.resolve'>[number] & {
  tenantId: string;
  link: string;
};

/**
 * Applies a route's recipient rules to one event: the identity service answers who holds those
 * roles, or which of the named users exist and are enabled, with their address and language.
 * A user matched by several rules is notified once, as the first of them says (its tenant, its link).
 */
@Injectable()
export class RecipientResolver {
  constructor(private readonly rpc: RpcClient) {}

  async resolve<P>(route: Route<P>, payload: P): Promise<Recipient[]> {
    const found = new Map<string, Recipient>();
    for (const rule of route.recipients) {
      const request = requestFor(rule, payload);
      if (!request) continue;
      if (rule.networkOption && !(await this.networkWants(request.tenantId, rule.networkOption))) continue;
      const users = await this.rpc.call('identity.recipients.resolve', request, {
        principal: SYSTEM_PRINCIPAL,
      });
      const link = (rule.link ?? route.link)(payload);
      for (const user of users)
        if (!found.has(user.userId)) found.set(user.userId, { ...user, tenantId: request.tenantId, link });
    }
    return [...found.values()];
  }

  /** The network's option as it stands now: a network gone (404) wants nothing. */
  private async networkWants(networkId: string, option: NetworkOption): Promise<boolean> {
    const network = await this.rpc
      .call('identity.networks.get', { networkId }, { principal: SYSTEM_PRINCIPAL })
      .catch((error: unknown) => {
        if (error instanceof DomainError && error.code === 'not_found') return undefined;
        throw error;
      });
    return network?.[option] === true;
  }
}

/** The identity request of one rule, or nothing when the rule does not apply to this event. */
function requestFor<P>(
  rule: RecipientRule<P>,
  payload: P,
): RpcRequest<'identity.recipients.resolve'> | undefined {
  if (rule.when && !rule.when(payload)) return undefined;
  const fields = payload as Record<string, unknown>;
  const tenantId = fields[rule.tenant as string];
  // E.g. a dossier not yet assigned to a certification body has no CB audience.
  if (typeof tenantId !== 'string' || !tenantId) return undefined;
  const roles = {
    ...(rule.roles ? { roles: [...rule.roles] } : {}),
    ...(rule.within ? { within: placeOf(rule.within, fields) } : {}),
  };
  if (!rule.users) return { tenantId, ...roles };
  const named = fields[rule.users as string];
  const userIds = (Array.isArray(named) ? named : [named]).filter(
    (id): id is string => typeof id === 'string' && id !== '',
  );
  return userIds.length > 0 ? { tenantId, userIds, ...roles } : undefined;
}

/** The place a rule's `within` names, read from the payload (a field absent there stays absent). */
function placeOf<P>(
  within: NonNullable<RecipientRule<P>['within']>,
  fields: Record<string, unknown>,
): { trainingOrganisationId?: string; establishmentId?: string } {
  const read = (field: unknown) => {
    const value = field === undefined ? undefined : fields[field as string];
    return typeof value === 'string' && value ? value : undefined;
  };
  const trainingOrganisationId = read(within.trainingOrganisationId);
  const establishmentId = read(within.establishmentId);
  return {
    ...(trainingOrganisationId ? { trainingOrganisationId } : {}),
    ...(establishmentId ? { establishmentId } : {}),
  };
}
