import { Module } from '@nestjs/common';
import { OutboxModule } from '@certhub/platform';
import { CertificationBodiesModule } from '../certification-bodies/certification-bodies.module';
import { AccountNotices } from '../common/account-notices';
import { OrganisationsModule } from '../organisations/organisations.module';
import { KeycloakModule } from '../keycloak/keycloak.module';
import { NetworksModule } from '../networks/networks.module';
import { InviteCbAdmin } from './invite-cb-admin/invite-cb-admin.usecase';
import { GetUser } from './get-user/get-user.usecase';
import { GetUserAccess } from './get-user-access/get-user-access.usecase';
import { InviteUser } from './invite-user/invite-user.usecase';
import { ListUsers } from './list-users/list-users.usecase';
import { ResolveRecipients } from './resolve-recipients/resolve-recipients.usecase';
import { SetUserEnabled } from './set-user-enabled/set-user-enabled.usecase';
import { UserRepository } from './user.repository';
import { User, UserSchema } from './user.schema';
import { UsersController } from './users.controller';

/** User events live in the user documents' outbox; the relay publishes them. */
@Module({
  imports: [
    OutboxModule.forFeature([{ name: User.name, schema: UserSchema }]),
    KeycloakModule,
    CertificationBodiesModule,
    OrganisationsModule,
    NetworksModule,
  ],
  controllers: [UsersController],
  providers: [
    UserRepository,
    InviteUser,
    InviteCbAdmin,
    ListUsers,
    GetUser,
    SetUserEnabled,
    ResolveRecipients,
    GetUserAccess,
    AccountNotices,
  ],
  exports: [UserRepository, AccountNotices],
})
export class UsersModule {}
