import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { TenantRepository } from '@certhub/platform';
import type { Model } from 'mongoose';
import { SEQUENCE_MODEL, type SequenceView } from './sequence.schema';

/**
 * Gap-tolerant counters: one atomic `$inc` per number, so two replicas never hand out the same
 * one. A number lost to a crash between the increment and its use leaves a gap, never a duplicate
 * (the unique indexes on reference and certificate number would refuse a duplicate anyway).
 */
@Injectable()
export class SequenceRepository extends TenantRepository<SequenceView> {
  constructor(@InjectModel(SEQUENCE_MODEL) model: Model<SequenceView>) {
    super(model);
  }

  async next(tenantId: string, name: string, attempt = 0): Promise<number> {
    const id = `${tenantId}:${name}`;
    const updated = await this.model
      .findOneAndUpdate(
        this.scoped(tenantId, { _id: id }),
        { $inc: { value: 1 } },
        { new: true, upsert: true },
      )
      .lean<SequenceView>()
      .exec()
      .catch((error: unknown) => {
        // Two first increments of a new counter race on the upsert: the loser simply increments.
        if ((error as { code?: number }).code === 11000 && attempt < 2) return null;
        throw error;
      });
    if (updated === null && attempt < 2) return this.next(tenantId, name, attempt + 1);
    if (!updated) throw new Error(`sequence ${id} was not incremented`);
    return updated.value;
  }
}
