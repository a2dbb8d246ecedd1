import { Injectable } from '@nestjs/common';
import { DeadlineWatch, drainReminders, reminderTrail } from '../../common/deadline-watch';
import { complaintEvent, complaintRef } from '../complaint-events';
import { today } from '../complaint.mapper';
import { ComplaintRepository } from '../complaint.repository';

const PAGE = 200;

/**
 * The deadline watch (docs/domain/complaints-and-appeals.md#deadlines): each pass, at the job's
 * clock, finds the complaints past the deadline of their current step (taken in charge, answered)
 * and reports each step once, in the complaint's trail and as `certhub.complaint.overdue.v1`, which
 * reminds the CB's administrators and the handler (inbox and mail).
 */
@Injectable()
export class WatchDeadlines {
  constructor(private readonly complaints: ComplaintRepository) {}

  /** One pass at `now`; answers how many overdue steps it reported. */
  @DeadlineWatch('complaint-deadlines')
  runOnce(now: Date, signal?: AbortSignal): Promise<number> {
    const day = today(now);
    return drainReminders(
      () => this.complaints.overdueUnreported(day, PAGE),
      PAGE,
      (c) => {
        const step = c.status === 'received' ? 'acknowledge' : 'answer';
        const dueOn = step === 'acknowledge' ? c.acknowledgeBy : c.answerBy;
        const event = {
          ...complaintEvent(
            'certhub.complaint.overdue.v1',
            { ...complaintRef(c), step, dueOn, ...(c.handlerId ? { handlerId: c.handlerId } : {}) },
            c,
          ),
          // One id per complaint and step: a repeated report is dropped by JetStream's de-duplication.
          id: `${c._id}.overdue.${step}`,
        };
        const trail = reminderTrail(
          now,
          c.status,
          'overdue',
          `${step === 'acknowledge' ? 'not taken in charge' : 'not answered'} by ${dueOn}`,
        );
        return this.complaints.reportOverdue(c, step, trail, event);
      },
      signal,
    );
  }
}
