import { handle, rpcHandlers } from '@certhub/platform';
import { GetUser } from './get-user/get-user.usecase';
import { GetUserAccess } from './get-user-access/get-user-access.usecase';
import { InviteCbAdmin } from './invite-cb-admin/invite-cb-admin.usecase';
import { InviteUser } from './invite-user/invite-user.usecase';
import { ListUsers } from './list-users/list-users.usecase';
import { ResolveRecipients } from './resolve-recipients/resolve-recipients.usecase';
import { SetUserEnabled } from './set-user-enabled/set-user-enabled.usecase';

export const UsersController = rpcHandlers(
  handle('identity.users.invite', InviteUser),
  handle('identity.certification-bodies.invite-admin', InviteCbAdmin),
  handle('identity.users.list', ListUsers),
  handle('identity.certification-bodies.users', ListUsers, 'ofCertificationBody'),
  handle('identity.users.get', GetUser),
  handle('identity.users.set-enabled', SetUserEnabled),
  handle('identity.recipients.resolve', ResolveRecipients),
  handle('identity.users.access', GetUserAccess),
);
