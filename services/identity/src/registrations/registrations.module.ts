import { Module } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module';
import { KeycloakModule } from '../keycloak/keycloak.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { UsersModule } from '../users/users.module';
import { RegisterOrganisation } from './register-organisation/register-organisation.usecase';
import { RegistrationSweeper } from './registration-sweeper';
import { RegistrationsController } from './registrations.controller';
import { SearchCompanies } from './search-companies/search-companies.usecase';

@Module({
  imports: [CompaniesModule, KeycloakModule, OrganisationsModule, UsersModule],
  controllers: [RegistrationsController],
  providers: [RegisterOrganisation, RegistrationSweeper, SearchCompanies],
})
export class RegistrationsModule {}
