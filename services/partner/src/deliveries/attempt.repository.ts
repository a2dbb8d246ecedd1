import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { TenantRepository } from '@certhub/platform';
import type { Model } from 'mongoose';
import { onlyDuplicateKeys } from '../common/mongo-errors';
import { DeliveryAttempt } from './attempt.schema';

@Injectable()
export class AttemptRepository extends TenantRepository<DeliveryAttempt> {
  constructor(@InjectModel(DeliveryAttempt.name) model: Model<DeliveryAttempt>) {
    super(model);
  }

  /** One write for the whole group (the worker's group commit); an attempt already stored stays as it is. */
  async append(attempts: DeliveryAttempt[]): Promise<void> {
    if (attempts.length === 0) return;
    try {
      await this.model.insertMany(attempts, { ordered: false, lean: true });
    } catch (error) {
      if (!onlyDuplicateKeys(error)) throw error;
    }
  }

  /** The latest attempt of each of these deliveries of the partner. */
  async latest(partnerId: string, deliveryIds: string[]): Promise<Map<string, DeliveryAttempt>> {
    if (deliveryIds.length === 0) return new Map();
    const attempts = await this.model
      .find(this.scoped(partnerId, { deliveryId: { $in: deliveryIds } }))
      .sort({ at: -1 })
      .lean<DeliveryAttempt[]>();
    const latest = new Map<string, DeliveryAttempt>();
    for (const attempt of attempts)
      if (!latest.has(attempt.deliveryId)) latest.set(attempt.deliveryId, attempt);
    return latest;
  }
}
