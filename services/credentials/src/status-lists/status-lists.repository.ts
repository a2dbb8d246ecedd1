import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { StatusPurpose } from '@certhub/contracts';
import { isDuplicateKeyError } from '@certhub/platform';
import type { Model } from 'mongoose';
import { StatusList } from './status-list.schema';

@Injectable()
export class StatusListsRepository {
  constructor(@InjectModel(StatusList.name) private readonly model: Model<StatusList>) {}

  get(cbId: string, purpose: StatusPurpose): Promise<StatusList | null> {
    return this.model
      .findOne({ _id: `${cbId}:${purpose}`, tenantId: cbId })
      .lean<StatusList>()
      .exec();
  }

  /**
   * Records that the list changed and answers the revision a rendering must reach. An increment,
   * else an insert, never an upsert (FerretDB v1 was seen mishandling a lost upsert race).
   */
  async bump(cbId: string, purpose: StatusPurpose): Promise<number> {
    const filter = { _id: `${cbId}:${purpose}`, tenantId: cbId };
    const increment = () =>
      this.model
        .findOneAndUpdate(filter, { $inc: { revision: 1 } }, { new: true })
        .lean<StatusList>()
        .exec();
    const bumped = await increment();
    if (bumped) return bumped.revision;
    try {
      await this.model.create({ ...filter, purpose, revision: 1, renderedRevision: -1 });
      return 1;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      return (await increment())!.revision;
    }
  }

  /** Stores a rendering unless a newer one is stored already. */
  async saveRendering(cbId: string, purpose: StatusPurpose, revision: number, jwt: string): Promise<void> {
    await this.model
      .updateOne(
        { _id: `${cbId}:${purpose}`, tenantId: cbId, renderedRevision: { $lt: revision } },
        { $set: { jwt, renderedRevision: revision } },
      )
      .exec();
  }
}
