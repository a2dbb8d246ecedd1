import type { RpcResponse } from '@certhub/contracts';
import { cbIdOf } from '../common/read-model.repository';
import type { StatusCount } from './dossier-state.repository';

export type DossiersByStatusRow = RpcResponse<'analytics.dossiers-by-status'>['items'][number];

export const toDossiersByStatusRow = (count: StatusCount): DossiersByStatusRow => ({
  cbId: cbIdOf(count.tenantId),
  schemeId: count.schemeId,
  status: count.status,
  count: count.count,
});
