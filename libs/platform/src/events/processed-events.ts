import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Schema, type Connection, type Model } from 'mongoose';
import { connectionModel } from '../mongo/connection-model';

interface ProcessedEvent {
  _id: string;
  consumer: string;
  eventId: string;
  processedAt: Date;
}

const ProcessedEventSchema = new Schema<ProcessedEvent>(
  {
    _id: { type: String, required: true },
    consumer: { type: String, required: true },
    eventId: { type: String, required: true },
    processedAt: { type: Date, required: true },
  },
  { collection: 'processed_events', versionKey: false },
);
// Serves the purge of markers older than any redelivery we could see.
ProcessedEventSchema.index({ processedAt: 1 }, { expireAfterSeconds: 90 * 24 * 3600 });

/** Ids of events a durable consumer has fully applied: the second delivery of one is skipped. */
@Injectable()
export class ProcessedEvents {
  private readonly model: Model<ProcessedEvent>;

  constructor(@InjectConnection() connection: Connection) {
    this.model = connectionModel(connection, 'ProcessedEvent', ProcessedEventSchema);
  }

  async has(consumer: string, eventId: string): Promise<boolean> {
    return (await this.model.exists({ _id: key(consumer, eventId) })) !== null;
  }

  async mark(consumer: string, eventId: string): Promise<void> {
    await this.model.updateOne(
      { _id: key(consumer, eventId) },
      { $setOnInsert: { consumer, eventId, processedAt: new Date() } },
      { upsert: true },
    );
  }
}

const key = (consumer: string, eventId: string) => `${consumer}:${eventId}`;
