import { Controller, Get, Post } from '@nestjs/common';
import type { Role, RpcResponse } from '@certhub/contracts';
import { RpcClient } from '@certhub/platform';
import { Endpoint, Input, type EndpointInput } from '../http/endpoint';
import { forward } from '../http/forward';

const PARTNER_ADMINS: Role[] = ['platform_admin', 'cb_admin'];

/** Partner clients, and the partners' batch verification; the partner service decides scope and access. */
@Controller('api/v1/partners')
export class PartnersController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Endpoint({
    rpc: 'partner.clients.create',
    tag: 'partners',
    status: 201,
    roles: PARTNER_ADMINS,
    summary:
      'Create a partner API client (OAuth client credentials) and its scope; a CB admin sets scope.cbId to his CB. The client secret is shown once',
  })
  create(
    @Input() input: EndpointInput<'partner.clients.create'>,
  ): Promise<RpcResponse<'partner.clients.create'>> {
    return forward(this.rpc, 'partner.clients.create', input);
  }

  @Get()
  @Endpoint({
    rpc: 'partner.clients.list',
    tag: 'partners',
    roles: PARTNER_ADMINS,
    summary: 'Partner clients: all for the platform, those of his CB for a CB admin',
  })
  list(@Input() input: EndpointInput<'partner.clients.list'>): Promise<RpcResponse<'partner.clients.list'>> {
    return forward(this.rpc, 'partner.clients.list', input);
  }

  @Get(':partnerId')
  @Endpoint({
    rpc: 'partner.clients.get',
    tag: 'partners',
    roles: PARTNER_ADMINS,
    summary: 'One partner client',
  })
  get(@Input() input: EndpointInput<'partner.clients.get'>): Promise<RpcResponse<'partner.clients.get'>> {
    return forward(this.rpc, 'partner.clients.get', input);
  }

  @Post('verify')
  @Endpoint({
    rpc: 'partner.verify',
    tag: 'partner API',
    roles: ['partner'],
    summary:
      'Are these SIRETs (up to 500) certified for the scheme, and until when? Per SIRET: certified, certificate number, status, validUntil',
  })
  verify(@Input() input: EndpointInput<'partner.verify'>): Promise<RpcResponse<'partner.verify'>> {
    return forward(this.rpc, 'partner.verify', input);
  }
}
