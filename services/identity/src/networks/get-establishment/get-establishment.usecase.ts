import { Injectable } from '@nestjs/common';
import { toEstablishmentResponse } from '../network.mapper';
import { EstablishmentRepository } from '../network.repositories';
import { type RpcHandler } from '@certhub/platform';

@Injectable()
export class GetEstablishment {
  constructor(private readonly establishments: EstablishmentRepository) {}

  readonly execute: RpcHandler<'identity.establishments.get'> = async (principal, request) => {
    const establishment = await this.establishments.getVisible(principal, request.establishmentId);
    return toEstablishmentResponse(establishment);
  };
}
