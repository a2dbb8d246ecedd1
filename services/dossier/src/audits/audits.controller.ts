import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { requirePrincipal } from '../dossiers/dossier-access';
import { CancelAudit } from './cancel-audit/cancel-audit.usecase';
import { CompleteAudit } from './complete-audit/complete-audit.usecase';
import { PlanAudit } from './plan-audit/plan-audit.usecase';
import { RescheduleAudit } from './reschedule-audit/reschedule-audit.usecase';
import { SearchAudits } from './search-audits/search-audits.usecase';

/** NATS handlers; payloads arrive validated against libs/contracts by RpcContextInterceptor. */
@Controller()
export class AuditsController {
  constructor(
    private readonly planAudit: PlanAudit,
    private readonly rescheduleAudit: RescheduleAudit,
    private readonly cancelAudit: CancelAudit,
    private readonly completeAudit: CompleteAudit,
    private readonly searchAudits: SearchAudits,
  ) {}

  @MessagePattern('dossier.audits.plan')
  plan(@Payload() request: RpcPayload<'dossier.audits.plan'>): Promise<RpcResponse<'dossier.audits.plan'>> {
    return this.planAudit.execute(requirePrincipal(), request);
  }

  @MessagePattern('dossier.audits.reschedule')
  reschedule(
    @Payload() request: RpcPayload<'dossier.audits.reschedule'>,
  ): Promise<RpcResponse<'dossier.audits.reschedule'>> {
    return this.rescheduleAudit.execute(requirePrincipal(), request);
  }

  @MessagePattern('dossier.audits.cancel')
  cancel(
    @Payload() request: RpcPayload<'dossier.audits.cancel'>,
  ): Promise<RpcResponse<'dossier.audits.cancel'>> {
    return this.cancelAudit.execute(requirePrincipal(), request);
  }

  @MessagePattern('dossier.audits.complete')
  complete(
    @Payload() request: RpcPayload<'dossier.audits.complete'>,
  ): Promise<RpcResponse<'dossier.audits.complete'>> {
    return this.completeAudit.execute(requirePrincipal(), request);
  }

  @MessagePattern('dossier.audits.get')
  get(@Payload() request: RpcPayload<'dossier.audits.get'>): Promise<RpcResponse<'dossier.audits.get'>> {
    return this.searchAudits.get(requirePrincipal(), request);
  }

  @MessagePattern('dossier.audits.search')
  search(
    @Payload() query: RpcPayload<'dossier.audits.search'>,
  ): Promise<RpcResponse<'dossier.audits.search'>> {
    return this.searchAudits.execute(requirePrincipal(), query);
  }

  @MessagePattern('dossier.audits.upcoming')
  upcoming(
    @Payload() query: RpcPayload<'dossier.audits.upcoming'>,
  ): Promise<RpcResponse<'dossier.audits.upcoming'>> {
    return this.searchAudits.upcoming(requirePrincipal(), query);
  }
}
