import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { requirePrincipal } from '../common/access';
import { GetUser } from './get-user/get-user.usecase';
import { InviteUser } from './invite-user/invite-user.usecase';
import { ListUsers } from './list-users/list-users.usecase';
import { ResolveRecipients } from './resolve-recipients/resolve-recipients.usecase';
import { SetUserEnabled } from './set-user-enabled/set-user-enabled.usecase';

@Controller()
export class UsersController {
  constructor(
    private readonly inviteUser: InviteUser,
    private readonly listUsers: ListUsers,
    private readonly getUser: GetUser,
    private readonly setUserEnabled: SetUserEnabled,
    private readonly resolveRecipients: ResolveRecipients,
  ) {}

  @MessagePattern('identity.users.invite')
  async invite(
    @Payload() request: RpcPayload<'identity.users.invite'>,
  ): Promise<RpcResponse<'identity.users.invite'>> {
    return this.inviteUser.execute(requirePrincipal(), request);
  }

  @MessagePattern('identity.users.list')
  async list(
    @Payload() query: RpcPayload<'identity.users.list'>,
  ): Promise<RpcResponse<'identity.users.list'>> {
    return this.listUsers.execute(requirePrincipal(), query);
  }

  @MessagePattern('identity.users.get')
  async get(
    @Payload() request: RpcPayload<'identity.users.get'>,
  ): Promise<RpcResponse<'identity.users.get'>> {
    return this.getUser.execute(requirePrincipal(), request);
  }

  @MessagePattern('identity.users.set-enabled')
  async setEnabled(
    @Payload() request: RpcPayload<'identity.users.set-enabled'>,
  ): Promise<RpcResponse<'identity.users.set-enabled'>> {
    return this.setUserEnabled.execute(requirePrincipal(), request);
  }

  @MessagePattern('identity.recipients.resolve')
  async recipients(
    @Payload() request: RpcPayload<'identity.recipients.resolve'>,
  ): Promise<RpcResponse<'identity.recipients.resolve'>> {
    return this.resolveRecipients.execute(requirePrincipal(), request);
  }
}
