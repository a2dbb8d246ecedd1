import { GetHabilitation } from './get-habilitation/get-habilitation.usecase';
import { ListHabilitations } from './list-habilitations/list-habilitations.usecase';
import { DecideHabilitation } from './decide-habilitation/decide-habilitation.usecase';
import { handle, rpcHandlers } from '@certhub/platform';
import { RequestHabilitation } from './request-habilitation/request-habilitation.usecase';

export const HabilitationsController = rpcHandlers(
  handle('candidacy.habilitations.request', RequestHabilitation),
  handle('candidacy.habilitations.decide', DecideHabilitation),
  handle('candidacy.habilitations.list', ListHabilitations),
  handle('candidacy.habilitations.get', GetHabilitation),
);
