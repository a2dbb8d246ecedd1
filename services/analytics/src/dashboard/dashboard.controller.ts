import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { requirePrincipal } from '../common/access';
import { GetDashboard } from './get-dashboard/get-dashboard.usecase';

/** NATS handlers; payloads arrive validated against libs/contracts by RpcContextInterceptor. */
@Controller()
export class DashboardController {
  constructor(private readonly getDashboard: GetDashboard) {}

  @MessagePattern('analytics.dashboard')
  dashboard(
    @Payload() request: RpcPayload<'analytics.dashboard'>,
  ): Promise<RpcResponse<'analytics.dashboard'>> {
    return this.getDashboard.execute(requirePrincipal(), request);
  }
}
