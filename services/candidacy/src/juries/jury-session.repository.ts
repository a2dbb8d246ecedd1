import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { FilterQuery, Model } from 'mongoose';
import { findPage } from '@certhub/platform';
import { JURY_SESSION_MODEL, type JurySessionView } from './jury-session.schema';

/** Jury sessions, always within one certifier's tenant. */
@Injectable()
export class JurySessionRepository {
  constructor(@InjectModel(JURY_SESSION_MODEL) private readonly model: Model<JurySessionView>) {}

  async insert(session: JurySessionView): Promise<void> {
    await this.model.create(session);
  }

  find(certifierId: string, sessionId: string): Promise<JurySessionView | null> {
    return this.model.findOne({ tenantId: certifierId, _id: sessionId }).lean<JurySessionView>().exec();
  }

  /** The members at the version read; null when another change came first. */
  setMembers(session: JurySessionView, memberIds: string[]): Promise<JurySessionView | null> {
    return this.model
      .findOneAndUpdate(
        { tenantId: session.tenantId, _id: session._id, version: session.version },
        { $set: { memberIds }, $inc: { version: 1 } },
        { new: true },
      )
      .lean<JurySessionView>()
      .exec();
  }

  /** A caller's filter narrows the certifier's calendar, never widens it. */
  async list(
    certifierId: string,
    filter: FilterQuery<JurySessionView>,
    page: { page: number; pageSize: number },
    order: 1 | -1,
  ): Promise<{ items: JurySessionView[]; total: number }> {
    return findPage(this.model, { $and: [{ tenantId: certifierId }, filter] }, page, {
      sittingOn: order,
      _id: 1,
    });
  }
}
