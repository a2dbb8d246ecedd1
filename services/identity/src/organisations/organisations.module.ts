import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OutboxModule } from '@certhub/platform';
import { CompaniesModule } from '../companies/companies.module';
import { AddSite } from './add-site/add-site.usecase';
import { ImportSites } from './import-sites/import-sites.usecase';
import { OpenSitesImport } from './import-sites/open-sites-import.usecase';
import { SitesImportContext } from './import-sites/sites-import-context';
import { GetOrganisation } from './get-organisation/get-organisation.usecase';
import { ListOrganisations } from './list-organisations/list-organisations.usecase';
import { ListSites } from './list-sites/list-sites.usecase';
import { OrganisationHistory } from './organisation-history/organisation-history.usecase';
import { OrganisationRepository } from './organisation.repository';
import { Organisation, OrganisationSchema } from './organisation.schema';
import { OrganisationsController } from './organisations.controller';
import { SetOrganisationActive } from './set-organisation-active/set-organisation-active.usecase';
import { SiteRepository } from './site.repository';
import { UpdateOrganisation } from './update-organisation/update-organisation.usecase';
import { Site, SiteSchema } from './site.schema';

/** Organisation events live in the organisation documents' outbox; the relay publishes them. */
@Module({
  imports: [
    OutboxModule.forFeature([{ name: Organisation.name, schema: OrganisationSchema }]),
    MongooseModule.forFeature([{ name: Site.name, schema: SiteSchema }]),
    CompaniesModule,
  ],
  controllers: [OrganisationsController],
  providers: [
    OrganisationRepository,
    SiteRepository,
    GetOrganisation,
    ListOrganisations,
    SetOrganisationActive,
    UpdateOrganisation,
    OrganisationHistory,
    AddSite,
    ListSites,
    SitesImportContext,
    OpenSitesImport,
    ImportSites,
  ],
  exports: [OrganisationRepository, SiteRepository],
})
export class OrganisationsModule {}
