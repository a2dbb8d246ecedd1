import type { RpcResponse } from '@certhub/contracts';
import type { TransferView } from './transfer.schema';

export const toTransferResponse = (t: TransferView): RpcResponse<'candidacy.transfers.get'> => ({
  id: t._id,
  candidateId: t.candidateId,
  reference: t.reference,
  establishmentId: t.establishmentId,
  fromEstablishmentId: t.fromEstablishmentId,
  certifierId: t.certifierId,
  reason: t.reason,
  ...(t.details ? { details: t.details } : {}),
  status: t.status,
  requestedAt: new Date(t.requestedAt).toISOString(),
  requestedBy: t.requestedBy,
  ...(t.decidedAt ? { decidedAt: new Date(t.decidedAt).toISOString() } : {}),
  ...(t.refusalReason ? { refusalReason: t.refusalReason } : {}),
  version: t.version,
});
