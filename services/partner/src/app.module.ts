import { Module, type DynamicModule } from '@nestjs/common';
import { serviceRoot } from '@certhub/platform';
import type { PartnerConfig } from './config';
import { DeliveriesModule } from './deliveries/deliveries.module';
import { FeedModule } from './feed/feed.module';
import { PartnersModule } from './partners/partners.module';
import { SubscriptionsModule } from './subscriptions/subscriptions.module';
import { VerificationModule } from './verification/verification.module';

@Module({})
export class AppModule {
  static forRoot(config: PartnerConfig): DynamicModule {
    return serviceRoot(AppModule, 'partner', config, [
      PartnersModule,
      SubscriptionsModule,
      DeliveriesModule,
      FeedModule,
      VerificationModule,
    ]);
  }
}
