import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { requirePrincipal } from '../common/access';
import { CountDossiersByStatus } from './count-dossiers-by-status/count-dossiers-by-status.usecase';

/** NATS handlers; payloads arrive validated against libs/contracts by RpcContextInterceptor. */
@Controller()
export class DossiersController {
  constructor(private readonly countDossiersByStatus: CountDossiersByStatus) {}

  @MessagePattern('analytics.dossiers-by-status')
  byStatus(
    @Payload() request: RpcPayload<'analytics.dossiers-by-status'>,
  ): Promise<RpcResponse<'analytics.dossiers-by-status'>> {
    return this.countDossiersByStatus.execute(requirePrincipal(), request);
  }
}
