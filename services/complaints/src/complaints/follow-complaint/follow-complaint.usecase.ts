import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { ComplaintFollowLink } from '../complaint-follow-link';
import { toComplaintFollowResponse } from '../complaint.mapper';
import { ComplaintRepository } from '../complaint.repository';

/**
 * Whoever lodged a complaint follows it through the private link of the acknowledgement mail
 * (docs/domain/complaints-and-appeals.md#confidentiality): the signed token opens that complaint
 * alone, and shows the case (status, deadlines, the answer), never its internal handling.
 */
@Injectable()
export class FollowComplaint {
  constructor(
    private readonly link: ComplaintFollowLink,
    private readonly repository: ComplaintRepository,
  ) {}

  readonly execute: RpcHandler<'complaints.follow'> = async ({ token }) => {
    const named = this.link.verify(token);
    // A forged or altered link reads like an unknown one.
    const complaint = named && (await this.repository.findByLink(named.tenantId, named.complaintId));
    if (!complaint) throw DomainError.notFound('complaint');
    return toComplaintFollowResponse(complaint);
  };
}
