import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CountEvents } from './count-events/count-events.usecase';
import { EventCountsController } from './event-counts.controller';
import { EventReceiptRepository } from './event-receipt.repository';
import { EventReceipt, EventReceiptSchema } from './event-receipt.schema';

@Module({
  imports: [MongooseModule.forFeature([{ name: EventReceipt.name, schema: EventReceiptSchema }])],
  controllers: [EventCountsController],
  providers: [EventReceiptRepository, CountEvents],
  exports: [EventReceiptRepository],
})
export class EventCountsModule {}
