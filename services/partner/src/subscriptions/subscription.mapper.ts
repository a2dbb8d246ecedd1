import type { RpcResponse } from '@certhub/contracts';
import { toScopeResponse } from '../partners/partner.mapper';
import type { Subscription } from './subscription.schema';

export function toSubscriptionResponse(
  subscription: Subscription,
  now = new Date(),
): RpcResponse<'partner.subscriptions.get'> {
  const previous = subscription.secrets[1]?.validUntil;
  return {
    id: subscription._id,
    eventTypes: [...subscription.eventTypes],
    scope: toScopeResponse(subscription.scope),
    delivery:
      subscription.kind === 'webhook' ? { kind: 'webhook', url: subscription.url ?? '' } : { kind: 'stream' },
    active: subscription.active,
    ...(previous && previous > now ? { previousSecretValidUntil: previous.toISOString() } : {}),
    createdAt: subscription.createdAt.toISOString(),
  };
}
