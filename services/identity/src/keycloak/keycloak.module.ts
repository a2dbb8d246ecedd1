import { Module } from '@nestjs/common';
import { KeycloakAdmin } from './keycloak-admin';
import { KeycloakAdminClientAdapter } from './keycloak-admin-client.adapter';

@Module({
  providers: [{ provide: KeycloakAdmin, useClass: KeycloakAdminClientAdapter }],
  exports: [KeycloakAdmin],
})
export class KeycloakModule {}
