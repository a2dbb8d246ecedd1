import { Controller, Get, Post, Put } from '@nestjs/common';
import type { RpcResponse } from '@certhub/contracts';
import { RpcClient } from '@certhub/platform';
import { Endpoint, Input, type EndpointInput } from '../http/endpoint';
import { forward } from '../http/forward';

@Controller('api/v1/organisations')
export class OrganisationsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Endpoint({
    rpc: 'identity.organisations.list',
    tag: 'organisations',
    roles: ['platform_admin', 'scheme_manager'],
    summary: 'Organisations, searchable by name or SIREN',
  })
  list(
    @Input() input: EndpointInput<'identity.organisations.list'>,
  ): Promise<RpcResponse<'identity.organisations.list'>> {
    return forward(this.rpc, 'identity.organisations.list', input);
  }

  @Get(':organisationId')
  @Endpoint({ rpc: 'identity.organisations.get', tag: 'organisations', summary: 'One organisation' })
  get(
    @Input() input: EndpointInput<'identity.organisations.get'>,
  ): Promise<RpcResponse<'identity.organisations.get'>> {
    return forward(this.rpc, 'identity.organisations.get', input);
  }

  @Put(':organisationId/active')
  @Endpoint({
    rpc: 'identity.organisations.set-active',
    tag: 'organisations',
    roles: ['platform_admin'],
    summary: 'Activate or deactivate an organisation (platform only, seed 002)',
  })
  setActive(
    @Input() input: EndpointInput<'identity.organisations.set-active'>,
  ): Promise<RpcResponse<'identity.organisations.set-active'>> {
    return forward(this.rpc, 'identity.organisations.set-active', input);
  }

  @Post(':organisationId/sites')
  @Endpoint({
    rpc: 'identity.sites.add',
    tag: 'organisations',
    status: 201,
    roles: ['org_admin', 'platform_admin'],
    summary: 'Declare a site by SIRET; its details come from the company registry',
  })
  addSite(@Input() input: EndpointInput<'identity.sites.add'>): Promise<RpcResponse<'identity.sites.add'>> {
    return forward(this.rpc, 'identity.sites.add', input);
  }

  @Get(':organisationId/sites')
  @Endpoint({ rpc: 'identity.sites.list', tag: 'organisations', summary: 'The organisation’s sites' })
  sites(@Input() input: EndpointInput<'identity.sites.list'>): Promise<RpcResponse<'identity.sites.list'>> {
    return forward(this.rpc, 'identity.sites.list', input);
  }
}
