import { Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { InjectModel, MongooseModule } from '@nestjs/mongoose';
import { OutboxRelay } from '@certhub/platform';
import type { Model } from 'mongoose';
import { CompaniesModule } from '../companies/companies.module';
import { AddSite } from './add-site/add-site.usecase';
import { GetOrganisation } from './get-organisation/get-organisation.usecase';
import { ListOrganisations } from './list-organisations/list-organisations.usecase';
import { ListSites } from './list-sites/list-sites.usecase';
import { OrganisationRepository } from './organisation.repository';
import { Organisation, OrganisationSchema } from './organisation.schema';
import { OrganisationsController } from './organisations.controller';
import { SetOrganisationActive } from './set-organisation-active/set-organisation-active.usecase';
import { SiteRepository } from './site.repository';
import { Site, SiteSchema } from './site.schema';

/** Organisation events live in the organisation documents' outbox; the relay publishes them. */
@Injectable()
class OrganisationOutbox implements OnModuleInit {
  constructor(
    @InjectModel(Organisation.name) private readonly model: Model<Organisation>,
    private readonly relay: OutboxRelay,
  ) {}

  onModuleInit(): void {
    this.relay.watch(this.model);
  }
}

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: Organisation.name, schema: OrganisationSchema },
      { name: Site.name, schema: SiteSchema },
    ]),
    CompaniesModule,
  ],
  controllers: [OrganisationsController],
  providers: [
    OrganisationRepository,
    SiteRepository,
    OrganisationOutbox,
    GetOrganisation,
    ListOrganisations,
    SetOrganisationActive,
    AddSite,
    ListSites,
  ],
  exports: [OrganisationRepository, SiteRepository],
})
export class OrganisationsModule {}
