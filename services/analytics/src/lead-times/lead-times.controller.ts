import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { requirePrincipal } from '../common/access';
import { ComputeLeadTimes } from './compute-lead-times/compute-lead-times.usecase';

/** NATS handlers; payloads arrive validated against libs/contracts by RpcContextInterceptor. */
@Controller()
export class LeadTimesController {
  constructor(private readonly computeLeadTimes: ComputeLeadTimes) {}

  @MessagePattern('analytics.lead-times')
  leadTimes(
    @Payload() request: RpcPayload<'analytics.lead-times'>,
  ): Promise<RpcResponse<'analytics.lead-times'>> {
    return this.computeLeadTimes.execute(requirePrincipal(), request);
  }
}
