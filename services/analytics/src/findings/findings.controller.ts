import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { requirePrincipal } from '../common/access';
import { CountFindingsByRequirement } from './count-findings-by-requirement/count-findings-by-requirement.usecase';
import { ListOverdueFindings } from './list-overdue-findings/list-overdue-findings.usecase';

/** NATS handlers; payloads arrive validated against libs/contracts by RpcContextInterceptor. */
@Controller()
export class FindingsController {
  constructor(
    private readonly countFindingsByRequirement: CountFindingsByRequirement,
    private readonly listOverdueFindings: ListOverdueFindings,
  ) {}

  @MessagePattern('analytics.findings-by-requirement')
  byRequirement(
    @Payload() request: RpcPayload<'analytics.findings-by-requirement'>,
  ): Promise<RpcResponse<'analytics.findings-by-requirement'>> {
    return this.countFindingsByRequirement.execute(requirePrincipal(), request);
  }

  @MessagePattern('analytics.overdue-findings')
  overdue(
    @Payload() request: RpcPayload<'analytics.overdue-findings'>,
  ): Promise<RpcResponse<'analytics.overdue-findings'>> {
    return this.listOverdueFindings.execute(requirePrincipal(), request);
  }
}
