import { Injectable } from '@nestjs/common';
import { notFound } from '../network-access';
import { toEstablishmentResponse } from '../network.mapper';
import { EstablishmentRepository } from '../network.repositories';
import { type RpcHandler } from '@certhub/platform';

@Injectable()
export class GetEstablishment {
  constructor(private readonly establishments: EstablishmentRepository) {}

  readonly execute: RpcHandler<'identity.establishments.get'> = async (principal, request) => {
    const establishment = await this.establishments.findVisible(principal, request.establishmentId);
    if (!establishment) throw notFound('establishment', request.establishmentId);
    return toEstablishmentResponse(establishment);
  };
}
