import { GetTransfer } from './get-transfer/get-transfer.usecase';
import { ListTransfers } from './list-transfers/list-transfers.usecase';
import { DecideTransfer } from './decide-transfer/decide-transfer.usecase';
import { handle, rpcHandlers } from '@certhub/platform';
import { RequestTransfer } from './request-transfer/request-transfer.usecase';

export const TransfersController = rpcHandlers(
  handle('candidacy.transfers.request', RequestTransfer),
  handle('candidacy.transfers.decide', DecideTransfer),
  handle('candidacy.transfers.list', ListTransfers),
  handle('candidacy.transfers.get', GetTransfer),
);
