import { Module } from '@nestjs/common';
import { CertificationBodiesModule } from '../certification-bodies/certification-bodies.module';
import { KeycloakModule } from '../keycloak/keycloak.module';
import { NetworksModule } from '../networks/networks.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { UsersModule } from '../users/users.module';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [CertificationBodiesModule, KeycloakModule, NetworksModule, OrganisationsModule, UsersModule],
  providers: [DemoSeeder],
})
export class DemoModule {}
