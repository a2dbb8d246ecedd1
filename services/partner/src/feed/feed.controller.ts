import { handle, rpcHandlers } from '@certhub/platform';
import { ReadFeed } from './read-feed/read-feed.usecase';

export const FeedController = rpcHandlers(handle('partner.feed.read', ReadFeed));
