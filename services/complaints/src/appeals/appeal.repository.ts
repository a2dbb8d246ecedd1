import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { recordReminder, registerRows } from '../common/register-queries';
import { searchPage } from '../common/search-page';
import type { CloudEvent, Principal } from '@certhub/contracts';
import { updateAtVersion, type AggregateStore } from '@certhub/platform';
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

  /** Records a reminder once (see recordReminder). */
  remind(a: AppealDoc, step: AppealReminder, trail: unknown, event: CloudEvent): Promise<boolean> {
    const current = { tenantId: a.cbId, _id: a._id, status: a.status };
    return recordReminder(this.model, current, 'remindedSteps', step, trail, event);
  }

  /** The register's rows lodged within the period (see registerRows), without the grounds. */
  figures(cbId: string | undefined, period: { from?: Date; to?: Date }): Promise<AppealDoc[]> {
    return registerRows(this.model, cbId, 'lodgedAt', period, { grounds: 0 });
  }

  applyAtVersion(appeal: AppealDoc, update: UpdateQuery<AppealDoc>): Promise<AppealDoc | null> {
    return updateAtVersion(this.model, appeal.cbId, appeal, update);
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
