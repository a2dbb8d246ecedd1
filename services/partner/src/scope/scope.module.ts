import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OrganisationSirenRepository } from './organisation-siren.repository';
import { OrganisationSiren, OrganisationSirenSchema } from './organisation-siren.schema';

@Module({
  imports: [MongooseModule.forFeature([{ name: OrganisationSiren.name, schema: OrganisationSirenSchema }])],
  providers: [OrganisationSirenRepository],
  exports: [OrganisationSirenRepository],
})
export class ScopeModule {}
