import { Module } from '@nestjs/common';
import { SERVICE_CONFIG } from '@certhub/platform';
import type { IdentityConfig } from '../config';
import { CompaniesController } from './companies.controller';
import { CompanyRegistry } from './company-registry';
import { HttpCompanyRegistry } from './http-company-registry';
import { LookupCompany } from './lookup-company/lookup-company.usecase';
import { OfflineCompanyRegistry } from './offline-company-registry';

@Module({
  controllers: [CompaniesController],
  providers: [
    {
      provide: CompanyRegistry,
      inject: [SERVICE_CONFIG],
      useFactory: (config: IdentityConfig): CompanyRegistry =>
        config.COMPANY_REGISTRY === 'http' ? new HttpCompanyRegistry(config) : new OfflineCompanyRegistry(),
    },
    LookupCompany,
  ],
  exports: [CompanyRegistry],
})
export class CompaniesModule {}
