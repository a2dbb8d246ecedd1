import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { requirePrincipal } from '../common/access';
import { VerifySirets } from './verify-sirets/verify-sirets.usecase';

@Controller()
export class VerificationController {
  constructor(private readonly verifySirets: VerifySirets) {}

  @MessagePattern('partner.verify')
  verify(@Payload() request: RpcPayload<'partner.verify'>): Promise<RpcResponse<'partner.verify'>> {
    return this.verifySirets.execute(requirePrincipal(), request);
  }
}
