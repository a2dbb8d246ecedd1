import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { SERVICE_CONFIG } from '@certhub/platform';
import type { PartnerConfig } from '../config';
import { PartnersModule } from '../partners/partners.module';
import { CreateSubscription } from './create-subscription/create-subscription.usecase';
import { DeleteSubscription } from './delete-subscription/delete-subscription.usecase';
import { GetSubscription } from './get-subscription/get-subscription.usecase';
import { ListSubscriptions } from './list-subscriptions/list-subscriptions.usecase';
import { RotateSubscriptionSecret } from './rotate-subscription-secret/rotate-subscription-secret.usecase';
import { SecretBox } from './secret-box';
import { SubscriptionRepository } from './subscription.repository';
import { Subscription, SubscriptionSchema } from './subscription.schema';
import { SubscriptionsController } from './subscriptions.controller';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: Subscription.name, schema: SubscriptionSchema }]),
    PartnersModule,
  ],
  controllers: [SubscriptionsController],
  providers: [
    SubscriptionRepository,
    {
      provide: SecretBox,
      inject: [SERVICE_CONFIG],
      useFactory: (config: PartnerConfig) => new SecretBox(Buffer.from(config.WEBHOOK_SECRETS_KEY, 'base64')),
    },
    CreateSubscription,
    ListSubscriptions,
    GetSubscription,
    DeleteSubscription,
    RotateSubscriptionSecret,
  ],
  exports: [SubscriptionRepository, SecretBox],
})
export class SubscriptionsModule {}
