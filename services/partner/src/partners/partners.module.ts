import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CurrentPartner } from './current-partner';
import { ManagedPartner } from './managed-partner';
import { CreatePartner } from './create-partner/create-partner.usecase';
import { GetPartner } from './get-partner/get-partner.usecase';
import { ListPartners } from './list-partners/list-partners.usecase';
import { KeycloakPartnerClients } from './keycloak/keycloak-partner-clients';
import { PartnerClients } from './keycloak/partner-clients';
import { PartnerRepository } from './partner.repository';
import { Partner, PartnerSchema } from './partner.schema';
import { PartnersController } from './partners.controller';

@Module({
  imports: [MongooseModule.forFeature([{ name: Partner.name, schema: PartnerSchema }])],
  controllers: [PartnersController],
  providers: [
    PartnerRepository,
    CurrentPartner,
    ManagedPartner,
    { provide: PartnerClients, useClass: KeycloakPartnerClients },
    CreatePartner,
    ListPartners,
    GetPartner,
  ],
  exports: [CurrentPartner, ManagedPartner],
})
export class PartnersModule {}
