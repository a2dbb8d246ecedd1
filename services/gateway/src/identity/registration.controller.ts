import { Controller, Get, Post } from '@nestjs/common';
import type { RpcResponse } from '@certhub/contracts';
import { RpcClient } from '@certhub/platform';
import { Endpoint, Input, type EndpointInput } from '../http/endpoint';
import { forward } from '../http/forward';

@Controller('api/v1')
export class RegistrationController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('companies/:siret')
  @Endpoint({
    rpc: 'identity.companies.lookup',
    tag: 'registration',
    public: true,
    summary: 'Company details from the registry, to pre-fill registration (seed 000)',
  })
  lookup(
    @Input() input: EndpointInput<'identity.companies.lookup'>,
  ): Promise<RpcResponse<'identity.companies.lookup'>> {
    return forward(this.rpc, 'identity.companies.lookup', input);
  }

  @Post('registrations')
  @Endpoint({
    rpc: 'identity.registrations.create',
    tag: 'registration',
    public: true,
    status: 201,
    summary: 'Register an organisation and its first administrator; a verification e-mail follows',
  })
  register(
    @Input() input: EndpointInput<'identity.registrations.create'>,
  ): Promise<RpcResponse<'identity.registrations.create'>> {
    return forward(this.rpc, 'identity.registrations.create', input);
  }
}
