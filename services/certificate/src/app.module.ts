import { Module, type DynamicModule } from '@nestjs/common';
import { serviceRoot } from '@certhub/platform';
import { CertificatesModule } from './certificates/certificates.module';
import { IndividualModule } from './individual/individual.module';
import { CERTIFICATES_BUCKET, type CertificateConfig } from './config';
import { LayoutsModule } from './layouts/layouts.module';
import { VerificationModule } from './verification/verification.module';

@Module({})
export class AppModule {
  static forRoot(config: CertificateConfig): DynamicModule {
    return serviceRoot(
      AppModule,
      'certificate',
      config,
      [CertificatesModule, VerificationModule, IndividualModule, LayoutsModule],
      { buckets: [CERTIFICATES_BUCKET] },
    );
  }
}
