import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { CaseRepository } from '../common/case-repository';
import { recordReminder, registerRows } from '../common/register-queries';
import type { CloudEvent } from '@certhub/contracts';
import type { Model } from 'mongoose';
import { complaintScope } from './complaint-access';
import { COMPLAINT_MODEL, type ComplaintDoc } from './complaint.schema';

@Injectable()
export class ComplaintRepository extends CaseRepository<ComplaintDoc> {
  constructor(@InjectModel(COMPLAINT_MODEL) model: Model<ComplaintDoc>) {
    super(model, complaintScope, (c) => c.tenantId);
  }

  /** The complaint a signed follow link names (the link is the access: no principal). */
  findByLink(tenantId: string, complaintId: string): Promise<ComplaintDoc | null> {
    return this.model
      .findOne({ tenantId, _id: complaintId }, { outbox: 0, trail: 0 })
      .lean<ComplaintDoc>()
      .exec();
  }

  /** Open complaints past the deadline of their current step, not reported yet, in every CB. */
  overdueUnreported(day: string, limit: number): Promise<ComplaintDoc[]> {
    return this.model
      .find(
        {
          $or: [
            { status: 'received', acknowledgeBy: { $lt: day }, overdueSteps: { $ne: 'acknowledge' } },
            { status: 'investigating', answerBy: { $lt: day }, overdueSteps: { $ne: 'answer' } },
          ],
        },
        { outbox: 0, trail: 0 },
      )
      .setOptions({ crossTenant: 'the deadline watch covers every CB' } as never)
      .limit(limit)
      .lean<ComplaintDoc[]>()
      .exec();
  }

  /** Records a step reported overdue once (see recordReminder). */
  reportOverdue(
    c: ComplaintDoc,
    step: 'acknowledge' | 'answer',
    trail: unknown,
    event: CloudEvent,
  ): Promise<boolean> {
    const current = { tenantId: c.tenantId, _id: c._id, status: c.status };
    return recordReminder(this.model, current, 'overdueSteps', step, trail, event);
  }

  /**
   * The register's rows received within the period (see registerRows). Without the complainant nor
   * the facts: figures and exports leave the handling staff's hands.
   */
  figures(cbId: string | undefined, period: { from?: Date; to?: Date }): Promise<ComplaintDoc[]> {
    return registerRows(this.model, cbId, 'receivedAt', period, { complainant: 0, facts: 0 });
  }
}
