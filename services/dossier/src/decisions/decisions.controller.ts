import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { requirePrincipal } from '../dossiers/dossier-access';
import { ListDecisions } from './list-decisions/list-decisions.usecase';
import { RecordDecision } from './record-decision/record-decision.usecase';

/** NATS handlers; payloads arrive validated against libs/contracts by RpcContextInterceptor. */
@Controller()
export class DecisionsController {
  constructor(
    private readonly recordDecision: RecordDecision,
    private readonly listDecisions: ListDecisions,
  ) {}

  @MessagePattern('dossier.decisions.record')
  record(
    @Payload() request: RpcPayload<'dossier.decisions.record'>,
  ): Promise<RpcResponse<'dossier.decisions.record'>> {
    return this.recordDecision.execute(requirePrincipal(), request);
  }

  @MessagePattern('dossier.decisions.list')
  list(
    @Payload() request: RpcPayload<'dossier.decisions.list'>,
  ): Promise<RpcResponse<'dossier.decisions.list'>> {
    return this.listDecisions.execute(requirePrincipal(), request);
  }
}
