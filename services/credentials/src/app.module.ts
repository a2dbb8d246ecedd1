import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, platformOptionsFromEnv } from '@certhub/platform';
import type { CredentialsConfig } from './config';
import { CredentialsModule } from './credentials/credentials.module';
import { IssuersModule } from './issuers/issuers.module';

/** Verifiable credentials: issuer keys, did:web documents, W3C VCs and Bitstring status lists */
@Module({})
export class AppModule {
  static forRoot(config: CredentialsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(platformOptionsFromEnv('credentials', config)),
        IssuersModule,
        CredentialsModule,
      ],
    };
  }
}
