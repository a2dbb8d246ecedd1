import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { complaintEvent, complaintRef } from '../complaint-events';
import { ComplaintLifecycle } from '../complaint-lifecycle';
import { toComplaintResponse } from '../complaint.mapper';
import { HANDLER_ROLES, IdentityLookups } from '../identity-lookups';

/**
 * The CB's handling of a complaint (docs/domain/complaints-and-appeals.md#complaint-lifecycle):
 * taken in charge with a named handler, or dismissed with the reason; closed by the handler with its
 * outcome and a reasoned answer. Each step is trailed and evented; the write path refuses a step the
 * table does not allow (409 with the status) and an edit on a stale version.
 */
@Injectable()
export class HandleComplaint {
  constructor(
    private readonly complaints: ComplaintLifecycle,
    private readonly identity: IdentityLookups,
  ) {}

  readonly acknowledge: RpcHandler<'complaints.acknowledge'> = async (principal, request) => {
    const current = await this.complaints.load(principal, request.complaintId);
    this.complaints.authorize(current, 'acknowledge', principal, request.version);
    const handler = await this.identity.colleague(request.handlerId, principal);
    if (!handler?.enabled || !HANDLER_ROLES.has(handler.role))
      throw DomainError.invalid(
        [{ field: 'handlerId', message: 'an active administrator, analyst or decision maker of the CB' }],
        `${request.handlerId} cannot handle complaints`,
      );
    const { after } = await this.complaints.apply(
      principal,
      current,
      'acknowledge',
      (c, now) => ({
        $set: { handlerId: handler.id, acknowledgedAt: now },
        what: `taken in charge, handled by ${handler.firstName} ${handler.lastName}`,
        events: () => [
          complaintEvent(
            'certhub.complaint.acknowledged.v1',
            { ...complaintRef(c), handlerId: handler.id, answerBy: c.answerBy, by: principal.userId },
            c,
          ),
        ],
      }),
      { expectedVersion: request.version },
    );
    return toComplaintResponse(after, true);
  };

  readonly dismiss: RpcHandler<'complaints.dismiss'> = async (principal, request) => {
    const { after } = await this.complaints.apply(
      principal,
      request.complaintId,
      'dismiss',
      (c, now) => ({
        $set: { dismissalReason: request.reason, closedAt: now },
        what: `dismissed: ${request.reason}`,
        events: () => [
          complaintEvent('certhub.complaint.dismissed.v1', { ...complaintRef(c), by: principal.userId }, c),
        ],
      }),
      { expectedVersion: request.version },
    );
    return toComplaintResponse(after, true);
  };

  readonly answer: RpcHandler<'complaints.answer'> = async (principal, request) => {
    const { after } = await this.complaints.apply(
      principal,
      request.complaintId,
      'answer',
      (c, now) => ({
        $set: { outcome: request.outcome, answer: request.answer, closedAt: now },
        what: `closed: ${request.outcome}`,
        events: () => [
          complaintEvent(
            'certhub.complaint.closed.v1',
            { ...complaintRef(c), outcome: request.outcome, by: principal.userId },
            c,
          ),
        ],
      }),
      { expectedVersion: request.version },
    );
    return toComplaintResponse(after, true);
  };
}
