import type { RpcResponse } from '@certhub/contracts';
import { toAddress } from '../common/address.schema';
import type { CertificationBody } from './certification-body.schema';

export function toCertificationBodyResponse(
  body: CertificationBody,
): RpcResponse<'identity.certification-bodies.create'> {
  return {
    id: body._id,
    code: body.code,
    name: body.name,
    address: toAddress(body.address),
    certificateNumberPrefix: body.certificateNumberPrefix,
    createdAt: body.createdAt.toISOString(),
  };
}
