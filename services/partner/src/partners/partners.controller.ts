import { handle, rpcHandlers } from '@certhub/platform';
import { CreatePartner } from './create-partner/create-partner.usecase';
import { GetPartner } from './get-partner/get-partner.usecase';
import { ListPartners } from './list-partners/list-partners.usecase';

export const PartnersController = rpcHandlers(
  handle('partner.clients.create', CreatePartner),
  handle('partner.clients.list', ListPartners),
  handle('partner.clients.get', GetPartner),
);
