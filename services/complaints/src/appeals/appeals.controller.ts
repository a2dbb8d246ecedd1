import { handle, rpcHandlers } from '@certhub/platform';
import { HandleAppeal } from './handle-appeal/handle-appeal.usecase';
import { LodgeAppeal } from './lodge-appeal/lodge-appeal.usecase';
import { SearchAppeals } from './search-appeals/search-appeals.usecase';

export const AppealsController = rpcHandlers(
  handle('complaints.appeals.lodge', LodgeAppeal),
  handle('complaints.appeals.list', SearchAppeals),
  handle('complaints.appeals.get', SearchAppeals, 'get'),
  handle('complaints.appeals.assign', HandleAppeal, 'assign'),
  handle('complaints.appeals.suspend-effect', HandleAppeal, 'suspendEffect'),
  handle('complaints.appeals.uphold', HandleAppeal, 'uphold'),
  handle('complaints.appeals.reject', HandleAppeal, 'reject'),
  handle('complaints.appeals.review', HandleAppeal, 'review'),
  handle('complaints.appeals.withdraw', HandleAppeal, 'withdraw'),
);
