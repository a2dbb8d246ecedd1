import { Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { InjectModel, MongooseModule } from '@nestjs/mongoose';
import { OutboxRelay } from '@certhub/platform';
import type { Model } from 'mongoose';
import { KeycloakModule } from '../keycloak/keycloak.module';
import { GetUser } from './get-user/get-user.usecase';
import { InviteUser } from './invite-user/invite-user.usecase';
import { ListUsers } from './list-users/list-users.usecase';
import { ResolveRecipients } from './resolve-recipients/resolve-recipients.usecase';
import { SetUserEnabled } from './set-user-enabled/set-user-enabled.usecase';
import { UserRepository } from './user.repository';
import { User, UserSchema } from './user.schema';
import { UsersController } from './users.controller';

/** User events live in the user documents' outbox; the relay publishes them. */
@Injectable()
class UserOutbox implements OnModuleInit {
  constructor(
    @InjectModel(User.name) private readonly model: Model<User>,
    private readonly relay: OutboxRelay,
  ) {}

  onModuleInit(): void {
    this.relay.watch(this.model);
  }
}

@Module({
  imports: [MongooseModule.forFeature([{ name: User.name, schema: UserSchema }]), KeycloakModule],
  controllers: [UsersController],
  providers: [UserRepository, UserOutbox, InviteUser, ListUsers, GetUser, SetUserEnabled, ResolveRecipients],
  exports: [UserRepository],
})
export class UsersModule {}
