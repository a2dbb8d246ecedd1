import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { LookupCompany } from './lookup-company/lookup-company.usecase';

@Controller()
export class CompaniesController {
  constructor(private readonly lookupCompany: LookupCompany) {}

  /** Public: no principal needed (the registration form is filled before any account exists). */
  @MessagePattern('identity.companies.lookup')
  async lookup(
    @Payload() request: RpcPayload<'identity.companies.lookup'>,
  ): Promise<RpcResponse<'identity.companies.lookup'>> {
    return this.lookupCompany.execute(request);
  }
}
