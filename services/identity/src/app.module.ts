import { Module, type DynamicModule } from '@nestjs/common';
import { serviceRoot } from '@certhub/platform';
import { CertificationBodiesModule } from './certification-bodies/certification-bodies.module';
import { CompaniesModule } from './companies/companies.module';
import type { IdentityConfig } from './config';
import { DemoModule } from './demo/demo.module';
import { NetworksModule } from './networks/networks.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { RegistrationsModule } from './registrations/registrations.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: IdentityConfig): DynamicModule {
    return serviceRoot(AppModule, 'identity', config, [
      CompaniesModule,
      OrganisationsModule,
      NetworksModule,
      CertificationBodiesModule,
      UsersModule,
      RegistrationsModule,
      DemoModule,
    ]);
  }
}
