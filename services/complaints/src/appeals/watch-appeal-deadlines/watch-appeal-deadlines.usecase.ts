import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@certhub/platform';
import { DeadlineWatch, drainReminders, reminderTrail } from '../../common/deadline-watch';
import { dayAfter } from '../../complaints/complaint-deadlines';
import { today } from '../../complaints/complaint.mapper';
import type { ComplaintsConfig } from '../../config';
import { appealEvent, appealRef } from '../appeal.mapper';
import { AppealRepository } from '../appeal.repository';
import type { AppealDoc, AppealReminder } from '../appeal.schema';

const PAGE = 200;

/**
 * The appeals' deadline watch (docs/domain/complaints-and-appeals.md#deadlines): each pass, at the
 * job's clock, reminds the CB's administrators and the handler of an undecided appeal whose answer
 * is due within APPEAL_DUE_SOON_DAYS, then again once it is overdue; each reminder once, in the
 * appeal's trail and as `certhub.appeal.due_soon.v1` / `certhub.appeal.overdue.v1`.
 */
@Injectable()
export class WatchAppealDeadlines {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: ComplaintsConfig,
    private readonly appeals: AppealRepository,
  ) {}

  /** One pass at `now`; answers how many reminders it sent. */
  @DeadlineWatch('appeal-deadlines')
  runOnce(now: Date, signal?: AbortSignal): Promise<number> {
    const day = today(now);
    const soon = dayAfter(now, this.config.APPEAL_DUE_SOON_DAYS);
    return drainReminders(
      () => this.appeals.toRemind(day, soon, PAGE),
      PAGE,
      (a) => this.remind(a, a.answerBy < day ? 'overdue' : 'due_soon', now),
      signal,
    );
  }

  private remind(a: AppealDoc, step: AppealReminder, now: Date): Promise<boolean> {
    const data = { ...appealRef(a), dueOn: a.answerBy, ...(a.handlerId ? { handlerId: a.handlerId } : {}) };
    const event = {
      ...(step === 'overdue'
        ? appealEvent('certhub.appeal.overdue.v1', data, a)
        : appealEvent('certhub.appeal.due_soon.v1', data, a)),
      // One id per appeal and reminder: a repeated report is dropped by JetStream's de-duplication.
      id: `${a._id}.${step}`,
    };
    const trail = reminderTrail(
      now,
      a.status,
      step,
      step === 'overdue' ? `not decided by ${a.answerBy}` : `to be decided by ${a.answerBy}`,
    );
    return this.appeals.remind(a, step, trail, event);
  }
}
