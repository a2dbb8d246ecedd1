import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { FeedModule } from '../feed/feed.module';
import { PartnersModule } from '../partners/partners.module';
import { ScopeModule } from '../scope/scope.module';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module';
import { AttemptRepository } from './attempt.repository';
import { DeliveryAttempt, DeliveryAttemptSchema } from './attempt.schema';
import { DeliveriesController } from './deliveries.controller';
import { AttemptDelivery } from './deliver/attempt-delivery';
import { DeliveryWorker } from './deliver/delivery-worker';
import { OutcomeRecorder } from './deliver/outcome-recorder';
import { WebhookSender } from './deliver/webhook-sender';
import { DeliveryRepository } from './delivery.repository';
import { DeliveryStream } from './delivery-stream';
import { Delivery, DeliverySchema } from './delivery.schema';
import { EventFanOutConsumer } from './fan-out/event-fan-out.consumer';
import { FanOutEvents } from './fan-out/fan-out-events.usecase';
import { ListDeliveries } from './list-deliveries/list-deliveries.usecase';
import { RedeliverDelivery } from './redeliver-delivery/redeliver-delivery.usecase';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: Delivery.name, schema: DeliverySchema },
      { name: DeliveryAttempt.name, schema: DeliveryAttemptSchema },
    ]),
    SubscriptionsModule,
    ScopeModule,
    FeedModule,
    PartnersModule,
  ],
  controllers: [DeliveriesController],
  providers: [
    DeliveryRepository,
    AttemptRepository,
    DeliveryStream,
    FanOutEvents,
    EventFanOutConsumer,
    WebhookSender,
    OutcomeRecorder,
    AttemptDelivery,
    DeliveryWorker,
    ListDeliveries,
    RedeliverDelivery,
  ],
})
export class DeliveriesModule {}
