import { Controller, Get, Post } from '@nestjs/common';
import type { RpcResponse } from '@certhub/contracts';
import { RpcClient } from '@certhub/platform';
import { Endpoint, Input, type EndpointInput } from '../http/endpoint';
import { forward } from '../http/forward';

@Controller('api/v1/certification-bodies')
export class CertificationBodiesController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Endpoint({
    rpc: 'identity.certification-bodies.create',
    tag: 'certification bodies',
    status: 201,
    roles: ['platform_admin'],
    summary: 'Add a certification body (a tenant of the platform)',
  })
  create(
    @Input() input: EndpointInput<'identity.certification-bodies.create'>,
  ): Promise<RpcResponse<'identity.certification-bodies.create'>> {
    return forward(this.rpc, 'identity.certification-bodies.create', input);
  }

  @Get()
  @Endpoint({
    rpc: 'identity.certification-bodies.list',
    tag: 'certification bodies',
    shared: true,
    summary: 'Certification bodies (reference data every tenant sees)',
  })
  list(
    @Input() input: EndpointInput<'identity.certification-bodies.list'>,
  ): Promise<RpcResponse<'identity.certification-bodies.list'>> {
    return forward(this.rpc, 'identity.certification-bodies.list', input);
  }
}
