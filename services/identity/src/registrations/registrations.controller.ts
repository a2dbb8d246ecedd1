import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { RegisterOrganisation } from './register-organisation/register-organisation.usecase';

@Controller()
export class RegistrationsController {
  constructor(private readonly registerOrganisation: RegisterOrganisation) {}

  /** Public: the applicant has no account yet. */
  @MessagePattern('identity.registrations.create')
  async create(
    @Payload() request: RpcPayload<'identity.registrations.create'>,
  ): Promise<RpcResponse<'identity.registrations.create'>> {
    return this.registerOrganisation.execute(request);
  }
}
