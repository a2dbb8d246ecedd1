import { Controller, Get, Post, Put } from '@nestjs/common';
import type { Role, RpcResponse } from '@certhub/contracts';
import { RpcClient } from '@certhub/platform';
import { Endpoint, Input, type EndpointInput } from '../http/endpoint';
import { forward } from '../http/forward';

const ADMINS: Role[] = ['platform_admin', 'cb_admin', 'org_admin'];

/** Users of the caller's own tenant; the identity service enforces the tenant and the role ceiling. */
@Controller('api/v1/users')
export class UsersController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Endpoint({
    rpc: 'identity.users.invite',
    tag: 'users',
    status: 201,
    roles: ADMINS,
    summary: 'Invite a user into your tenant with a role not above your own; a first-login e-mail follows',
  })
  invite(
    @Input() input: EndpointInput<'identity.users.invite'>,
  ): Promise<RpcResponse<'identity.users.invite'>> {
    return forward(this.rpc, 'identity.users.invite', input);
  }

  @Get()
  @Endpoint({
    rpc: 'identity.users.list',
    tag: 'users',
    roles: ADMINS,
    summary: 'Users of your tenant, searchable',
  })
  list(@Input() input: EndpointInput<'identity.users.list'>): Promise<RpcResponse<'identity.users.list'>> {
    return forward(this.rpc, 'identity.users.list', input);
  }

  @Get(':userId')
  @Endpoint({ rpc: 'identity.users.get', tag: 'users', roles: ADMINS, summary: 'One user of your tenant' })
  get(@Input() input: EndpointInput<'identity.users.get'>): Promise<RpcResponse<'identity.users.get'>> {
    return forward(this.rpc, 'identity.users.get', input);
  }

  @Put(':userId/enabled')
  @Endpoint({
    rpc: 'identity.users.set-enabled',
    tag: 'users',
    roles: ADMINS,
    summary: 'Deactivate or reactivate a user',
  })
  setEnabled(
    @Input() input: EndpointInput<'identity.users.set-enabled'>,
  ): Promise<RpcResponse<'identity.users.set-enabled'>> {
    return forward(this.rpc, 'identity.users.set-enabled', input);
  }
}
