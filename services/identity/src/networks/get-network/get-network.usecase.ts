import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { notFound } from '../network-access';
import { toNetworkResponse } from '../network.mapper';
import { NetworkRepository } from '../network.repositories';

@Injectable()
export class GetNetwork {
  constructor(private readonly networks: NetworkRepository) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'identity.networks.get'>,
  ): Promise<RpcResponse<'identity.networks.get'>> {
    const network = await this.networks.findVisible(principal, request.networkId);
    if (!network) throw notFound('network', request.networkId);
    return toNetworkResponse(network);
  }
}
