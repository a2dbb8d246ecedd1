import { Controller, Get, Post } from '@nestjs/common';
import type { RpcResponse } from '@certhub/contracts';
import { RpcClient } from '@certhub/platform';
import { Endpoint, Input, type EndpointInput } from '../http/endpoint';
import { forward } from '../http/forward';

/**
 * Schemes (referentials) are platform reference data, the same for every tenant: reading them is
 * `shared`; publishing a version is for the platform's scheme managers.
 */
@Controller('api/v1/schemes')
export class SchemesController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Endpoint({
    rpc: 'dossier.schemes.list',
    tag: 'schemes',
    shared: true,
    summary: 'Schemes (latest version of each), filtered by kind or text',
  })
  list(@Input() input: EndpointInput<'dossier.schemes.list'>): Promise<RpcResponse<'dossier.schemes.list'>> {
    return forward(this.rpc, 'dossier.schemes.list', input);
  }

  @Get(':schemeId')
  @Endpoint({
    rpc: 'dossier.schemes.get',
    tag: 'schemes',
    shared: true,
    summary:
      'One scheme: requirements, cycle, decisions, certificate, questionnaire (latest version unless ?version)',
  })
  get(@Input() input: EndpointInput<'dossier.schemes.get'>): Promise<RpcResponse<'dossier.schemes.get'>> {
    return forward(this.rpc, 'dossier.schemes.get', input);
  }

  @Post()
  @Endpoint({
    rpc: 'dossier.schemes.publish',
    tag: 'schemes',
    status: 201,
    roles: ['scheme_manager', 'platform_admin'],
    summary: 'Publish a new version of a scheme (published versions are immutable: 409 if it exists)',
  })
  publish(
    @Input() input: EndpointInput<'dossier.schemes.publish'>,
  ): Promise<RpcResponse<'dossier.schemes.publish'>> {
    return forward(this.rpc, 'dossier.schemes.publish', input);
  }
}
