import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { requirePrincipal } from '../dossiers/dossier-access';
import { GetTrail } from './get-trail/get-trail.usecase';

@Controller()
export class TrailController {
  constructor(private readonly getTrail: GetTrail) {}

  @MessagePattern('dossier.dossiers.trail')
  trail(
    @Payload() request: RpcPayload<'dossier.dossiers.trail'>,
  ): Promise<RpcResponse<'dossier.dossiers.trail'>> {
    return this.getTrail.execute(requirePrincipal(), request);
  }
}
