import { Module, type DynamicModule } from '@nestjs/common';
import { serviceRoot } from '@certhub/platform';
import type { CredentialsConfig } from './config';
import { CredentialsModule } from './credentials/credentials.module';
import { IssuersModule } from './issuers/issuers.module';

/** Verifiable credentials: issuer keys, did:web documents, W3C VCs and Bitstring status lists */
@Module({})
export class AppModule {
  static forRoot(config: CredentialsConfig): DynamicModule {
    return serviceRoot(AppModule, 'credentials', config, [IssuersModule, CredentialsModule]);
  }
}
