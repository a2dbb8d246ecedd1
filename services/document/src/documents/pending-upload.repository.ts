import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { PendingUpload } from './pending-upload.schema';

@Injectable()
export class PendingUploadRepository {
  constructor(@InjectModel(PendingUpload.name) private readonly model: Model<PendingUpload>) {}

  async add(key: string, documentId: string, contextId: string, startedAt: Date): Promise<void> {
    await this.model.create({ _id: key, documentId, contextId, startedAt });
  }

  async remove(key: string): Promise<void> {
    await this.model.deleteOne({ _id: key });
  }

  abandonedBefore(before: Date, limit: number): Promise<PendingUpload[]> {
    return this.model
      .find({ startedAt: { $lt: before } })
      .limit(limit)
      .lean<PendingUpload[]>();
  }
}
