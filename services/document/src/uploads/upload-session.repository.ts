import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Principal } from '@certhub/contracts';
import type { Model } from 'mongoose';
import { UploadSessionRecord, type StoredPart } from './upload-session.schema';

const EXPIRY = 'expired sessions of every tenant are aborted by one job';

/** A completion that has not finished after this long died with its process. */
export const COMPLETION_LEASE_MS = 10 * 60 * 1000;

const owner = (principal: Principal) => ({ tenantId: principal.tenantId, userId: principal.userId });

@Injectable()
export class UploadSessionRepository {
  constructor(@InjectModel(UploadSessionRecord.name) private readonly model: Model<UploadSessionRecord>) {}

  async create(session: Omit<UploadSessionRecord, 'createdAt' | 'updatedAt'>): Promise<UploadSessionRecord> {
    return (await this.model.create(session)).toObject() as UploadSessionRecord;
  }

  /** The caller's own live session; anyone else's (or an expired one) is not found. */
  findOwn(principal: Principal, uploadId: string, now = new Date()): Promise<UploadSessionRecord | null> {
    return this.model
      .findOne({ _id: uploadId, ...owner(principal), expiresAt: { $gt: now } })
      .lean<UploadSessionRecord>();
  }

  countOwn(principal: Principal): Promise<number> {
    return this.model.countDocuments(owner(principal));
  }

  /** Records a stored part, replacing an earlier upload of the same number. */
  async recordPart(session: UploadSessionRecord, part: StoredPart): Promise<UploadSessionRecord | null> {
    const filter = { _id: session._id, tenantId: session.tenantId, assembled: false };
    await this.model.updateOne(filter, { $pull: { parts: { partNumber: part.partNumber } } });
    return this.model
      .findOneAndUpdate(filter, { $push: { parts: part } }, { new: true })
      .lean<UploadSessionRecord>();
  }

  /** Takes the completion for this caller, unless another one is running. */
  claimCompletion(session: UploadSessionRecord, now = new Date()): Promise<UploadSessionRecord | null> {
    return this.model
      .findOneAndUpdate(
        {
          _id: session._id,
          tenantId: session.tenantId,
          $or: [
            { completingSince: { $exists: false } },
            { completingSince: null },
            { completingSince: { $lt: new Date(now.getTime() - COMPLETION_LEASE_MS) } },
          ],
        },
        { $set: { completingSince: now } },
        { new: true },
      )
      .lean<UploadSessionRecord>();
  }

  /** A completion that failed for a reason worth retrying (a dependency away) lets a retry in. */
  async releaseCompletion(session: UploadSessionRecord, assembled: boolean): Promise<void> {
    await this.model.updateOne(
      { _id: session._id, tenantId: session.tenantId },
      { $unset: { completingSince: 1 }, $set: { assembled } },
    );
  }

  async remove(session: Pick<UploadSessionRecord, '_id' | 'tenantId'>): Promise<void> {
    await this.model.deleteOne({ _id: session._id, tenantId: session.tenantId });
  }

  expiredBefore(now: Date, limit: number): Promise<UploadSessionRecord[]> {
    return this.model
      .find({ expiresAt: { $lte: now } })
      .limit(limit)
      .setOptions({ crossTenant: EXPIRY })
      .lean<UploadSessionRecord[]>();
  }
}
