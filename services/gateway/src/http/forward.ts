import type { RpcRequest, RpcResponse, RpcSubject } from '@certhub/contracts';
import { RequestContext, type RpcClient } from '@certhub/platform';

/** Forwards a validated request to its service, acting as the verified principal. */
export function forward<K extends RpcSubject>(
  rpc: RpcClient,
  subject: K,
  input: RpcRequest<K>,
): Promise<RpcResponse<K>> {
  const principal = RequestContext.principal();
  return rpc.call(subject, input, principal ? { principal } : {});
}
