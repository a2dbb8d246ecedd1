import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { searchPage } from '../common/search-page';
import type { CloudEvent, Principal } from '@certhub/contracts';
import type { AggregateStore } from '@certhub/platform';
import type { FilterQuery, Model, SortOrder, UpdateQuery } from 'mongoose';
import { appealScope } from './appeal-access';
import { APPEAL_MODEL, type AppealDoc, type AppealReminder } from './appeal.schema';

@Injectable()
export class AppealRepository implements AggregateStore<AppealDoc> {
  constructor(@InjectModel(APPEAL_MODEL) private readonly model: Model<AppealDoc>) {}

  async insert(appeal: AppealDoc): Promise<void> {
    await this.model.create(appeal);
  }

  findVisible(principal: Principal, appealId: string): Promise<AppealDoc | null> {
    const scope = appealScope(principal);
    if (!scope) return Promise.resolve(null);
    return this.model
      .findOne({ $and: [scope, { _id: appealId }] }, { outbox: 0 })
      .lean<AppealDoc>()
      .exec();
  }

  /** An appeal of this dossier and decision still pending: one at a time per decision. */
  pendingFor(cbId: string, dossierId: string, contestedId: string): Promise<AppealDoc | null> {
    return this.model
      .findOne({
        tenantId: cbId,
        dossierId,
        contestedId,
        status: { $in: ['lodged', 'investigating', 'upheld'] },
      })
      .lean<AppealDoc>()
      .exec();
  }

  /**
   * Undecided appeals, in every CB, whose answer is due by `soon` (not reminded of it yet) or was
   * due before `day` (not reported overdue yet).
   */
  toRemind(day: string, soon: string, limit: number): Promise<AppealDoc[]> {
    return this.model
      .find(
        {
          status: { $in: ['lodged', 'investigating'] },
          $or: [
            { answerBy: { $lt: day }, remindedSteps: { $ne: 'overdue' } },
            { answerBy: { $gte: day, $lte: soon }, remindedSteps: { $ne: 'due_soon' } },
          ],
        },
        { outbox: 0, trail: 0, grounds: 0 },
      )
      .setOptions({ crossTenant: 'the deadline watch covers every CB' } as never)
      .limit(limit)
      .lean<AppealDoc[]>()
      .exec();
  }

  /**
   * Records a reminder with its trail entry and event, once (a second pass or replica writes
   * nothing). Not a change of the appeal: its version stays, the handler's next step is not stale.
   */
  async remind(a: AppealDoc, step: AppealReminder, trail: unknown, event: CloudEvent): Promise<boolean> {
    const result = await this.model.updateOne(
      { tenantId: a.cbId, _id: a._id, status: a.status, remindedSteps: { $ne: step } },
      { $addToSet: { remindedSteps: step }, $push: { trail, outbox: event } },
    );
    return result.modifiedCount === 1;
  }

  /**
   * The register's rows for its figures and export, lodged within the period: one CB's, or every
   * CB's for platform staff (`cbId` undefined).
   */
  figures(cbId: string | undefined, period: { from?: Date; to?: Date }): Promise<AppealDoc[]> {
    const when = { ...(period.from ? { $gte: period.from } : {}), ...(period.to ? { $lte: period.to } : {}) };
    const query = this.model.find(
      { ...(cbId ? { tenantId: cbId } : {}), ...(period.from || period.to ? { lodgedAt: when } : {}) },
      { outbox: 0, trail: 0, grounds: 0 },
    );
    if (!cbId) query.setOptions({ crossTenant: 'platform-wide figures for platform staff' } as never);
    return query.lean<AppealDoc[]>().exec();
  }

  applyAtVersion(appeal: AppealDoc, update: UpdateQuery<AppealDoc>): Promise<AppealDoc | null> {
    return this.model
      .findOneAndUpdate({ tenantId: appeal.cbId, _id: appeal._id, version: appeal.version }, update, {
        new: true,
      })
      .lean<AppealDoc>()
      .exec();
  }

  search(
    scope: FilterQuery<AppealDoc>,
    filter: FilterQuery<AppealDoc>,
    sort: Record<string, SortOrder>,
    page: { page: number; pageSize: number },
  ): Promise<{ items: AppealDoc[]; total: number }> {
    return searchPage(this.model, scope, filter, sort, page);
  }
}
