import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, platformOptionsFromEnv } from '@certhub/platform';
import type { PartnerConfig } from './config';
import { DeliveriesModule } from './deliveries/deliveries.module';
import { FeedModule } from './feed/feed.module';
import { PartnersModule } from './partners/partners.module';
import { SubscriptionsModule } from './subscriptions/subscriptions.module';
import { VerificationModule } from './verification/verification.module';

@Module({})
export class AppModule {
  static forRoot(config: PartnerConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(platformOptionsFromEnv('partner', config)),
        PartnersModule,
        SubscriptionsModule,
        DeliveriesModule,
        FeedModule,
        VerificationModule,
      ],
    };
  }
}
