import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { ComplaintEvidence } from '../complaint-evidence';
import { ComplaintFollowLink } from '../complaint-follow-link';
import { toComplaintFollowResponse } from '../complaint.mapper';
import { ComplaintRepository } from '../complaint.repository';

/**
 * Whoever lodged a complaint follows it through the private link of the acknowledgement mail
 * (docs/domain/complaints-and-appeals.md#confidentiality): the signed token opens that complaint
 * alone, and shows the case (status, deadlines, the answer, the files they attached), never its
 * internal handling; while it is open, with an authorisation to attach more files.
 */
@Injectable()
export class FollowComplaint {
  constructor(
    private readonly link: ComplaintFollowLink,
    private readonly repository: ComplaintRepository,
    private readonly evidence: ComplaintEvidence,
  ) {}

  readonly execute: RpcHandler<'complaints.follow'> = async ({ token }) => {
    const named = this.link.verify(token);
    // A forged or altered link reads like an unknown one.
    const complaint = named && (await this.repository.findByLink(named.tenantId, named.complaintId));
    if (!complaint) throw DomainError.notFound('complaint');
    const open = complaint.status === 'received' || complaint.status === 'investigating';
    return toComplaintFollowResponse(
      complaint,
      await this.evidence.complainantFiles(complaint),
      open ? this.link.uploadGrant(complaint) : undefined,
    );
  };
}
