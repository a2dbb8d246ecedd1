import { Injectable } from '@nestjs/common';
import { toNetworkResponse } from '../network.mapper';
import { NetworkRepository } from '../network.repositories';
import { type RpcHandler } from '@certhub/platform';

@Injectable()
export class GetNetwork {
  constructor(private readonly networks: NetworkRepository) {}

  readonly execute: RpcHandler<'identity.networks.get'> = async (principal, request) => {
    const network = await this.networks.getVisible(principal, request.networkId);
    return toNetworkResponse(network);
  };
}
