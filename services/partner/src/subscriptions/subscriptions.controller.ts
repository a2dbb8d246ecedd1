import { handle, rpcHandlers } from '@certhub/platform';
import { CreateSubscription } from './create-subscription/create-subscription.usecase';
import { DeleteSubscription } from './delete-subscription/delete-subscription.usecase';
import { GetSubscription } from './get-subscription/get-subscription.usecase';
import { ListSubscriptions } from './list-subscriptions/list-subscriptions.usecase';
import { RotateSubscriptionSecret } from './rotate-subscription-secret/rotate-subscription-secret.usecase';

export const SubscriptionsController = rpcHandlers(
  handle('partner.subscriptions.create', CreateSubscription),
  handle('partner.subscriptions.list', ListSubscriptions),
  handle('partner.subscriptions.get', GetSubscription),
  handle('partner.subscriptions.delete', DeleteSubscription),
  handle('partner.subscriptions.rotate-secret', RotateSubscriptionSecret),
  handle('partner.clients.subscriptions.list', ListSubscriptions, 'forAdmin'),
  handle('partner.clients.subscriptions.rotate-secret', RotateSubscriptionSecret, 'forAdmin'),
);
