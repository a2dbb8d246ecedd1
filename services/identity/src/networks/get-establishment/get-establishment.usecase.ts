import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { notFound } from '../network-access';
import { toEstablishmentResponse } from '../network.mapper';
import { EstablishmentRepository } from '../network.repositories';

@Injectable()
export class GetEstablishment {
  constructor(private readonly establishments: EstablishmentRepository) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'identity.establishments.get'>,
  ): Promise<RpcResponse<'identity.establishments.get'>> {
    const establishment = await this.establishments.findVisible(principal, request.establishmentId);
    if (!establishment) throw notFound('establishment', request.establishmentId);
    return toEstablishmentResponse(establishment);
  }
}
