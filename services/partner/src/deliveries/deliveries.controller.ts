import { handle, rpcHandlers } from '@certhub/platform';
import { ListDeliveries } from './list-deliveries/list-deliveries.usecase';
import { RedeliverDelivery } from './redeliver-delivery/redeliver-delivery.usecase';

export const DeliveriesController = rpcHandlers(
  handle('partner.deliveries.list', ListDeliveries),
  handle('partner.deliveries.redeliver', RedeliverDelivery),
  handle('partner.clients.deliveries.list', ListDeliveries, 'forAdmin'),
  handle('partner.clients.deliveries.redeliver', RedeliverDelivery, 'forAdmin'),
);
