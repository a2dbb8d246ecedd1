import { handle, rpcHandlers } from '@certhub/platform';
import { CountEvents } from './count-events/count-events.usecase';

export const EventCountsController = rpcHandlers(handle('analytics.event-counts', CountEvents));
