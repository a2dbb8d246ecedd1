import { Injectable, Module } from '@nestjs/common';
import { InjectModel, MongooseModule } from '@nestjs/mongoose';
import { Schema, type Model } from 'mongoose';
import { TenantRepository, tenantScopePlugin } from './tenant-scope';

export const SEQUENCE_MODEL = 'Sequence';

/** A named counter of one tenant (a CB): references and numbers per CB and year. */
export interface SequenceView {
  _id: string;
  tenantId: string;
  value: number;
}

export const SequenceSchema = new Schema<SequenceView>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    value: { type: Number, required: true, default: 0 },
  },
  { collection: 'sequences', versionKey: false },
);
SequenceSchema.plugin(tenantScopePlugin);

/**
 * Gap-tolerant counters: one atomic `$inc` per number, so two replicas never hand out the same
 * one. A number lost to a crash between the increment and its use leaves a gap, never a duplicate
 * (the unique indexes on what carries the numbers would refuse a duplicate anyway).
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

/** The service's counters (its `sequences` collection), for the features that number things. */
@Module({
  imports: [MongooseModule.forFeature([{ name: SEQUENCE_MODEL, schema: SequenceSchema }])],
  providers: [SequenceRepository],
  exports: [SequenceRepository],
})
export class SequencesModule {}
