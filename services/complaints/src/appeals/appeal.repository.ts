import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { CaseRepository } from '../common/case-repository';
import { recordReminder, registerRows } from '../common/register-queries';
import type { CloudEvent } from '@certhub/contracts';
import type { Model } from 'mongoose';
import { appealScope } from './appeal-access';
import { APPEAL_MODEL, type AppealDoc, type AppealReminder } from './appeal.schema';

@Injectable()
export class AppealRepository extends CaseRepository<AppealDoc> {
  constructor(@InjectModel(APPEAL_MODEL) model: Model<AppealDoc>) {
    // An appeal's tenants are its CB and the appellant: it is written under its CB.
    super(model, appealScope, (a) => a.cbId);
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
}
