import { Injectable } from '@nestjs/common';
import { notFound } from '../network-access';
import { toNetworkResponse } from '../network.mapper';
import { NetworkRepository } from '../network.repositories';
import { type RpcHandler } from '@certhub/platform';

@Injectable()
export class GetNetwork {
  constructor(private readonly networks: NetworkRepository) {}

  readonly execute: RpcHandler<'identity.networks.get'> = async (principal, request) => {
    const network = await this.networks.findVisible(principal, request.networkId);
    if (!network) throw notFound('network', request.networkId);
    return toNetworkResponse(network);
  };
}
