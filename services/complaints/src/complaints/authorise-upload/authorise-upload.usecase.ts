import { Injectable } from '@nestjs/common';
import { isSystemPrincipal } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { ComplaintEvidence, complainantFilesContextId, complainantPrincipal } from '../complaint-evidence';
import { ComplaintFollowLink } from '../complaint-follow-link';
import { ComplaintRepository } from '../complaint.repository';

/**
 * A complainant's file, before the gateway streams it to the document service
 * (docs/domain/complaints-and-appeals.md#the-complainants-files): the authorisation must be one this
 * service signed for that complaint and not expired (else it reads like an unknown link: 404), and
 * the complaint still open (409: its files are evidence of what was answered). The answer names the
 * complainant's context and its one writer; the document service then checks the file like any other.
 */
@Injectable()
export class AuthoriseComplaintUpload {
  constructor(
    private readonly link: ComplaintFollowLink,
    private readonly repository: ComplaintRepository,
    private readonly evidence: ComplaintEvidence,
  ) {}

  readonly execute: RpcHandler<'complaints.uploads.authorise'> = async (principal, { authorisation }) => {
    // The gateway asks as the platform itself: no user's call names the complainant.
    if (!isSystemPrincipal(principal)) throw DomainError.forbidden('the gateway’s upload route asks this');
    const named = this.link.verifyUpload(authorisation);
    const complaint = named && (await this.repository.findByLink(named.tenantId, named.complaintId));
    if (!complaint) throw DomainError.notFound('complaint');
    if (complaint.status === 'closed' || complaint.status === 'dismissed')
      throw DomainError.conflict(`the complaint is ${complaint.status}: it takes no more files`, {
        currentStatus: complaint.status,
      });
    // Registered when lodged; registering again mends a context whose first registration failed.
    await this.evidence.follow(complaint);
    return { contextId: complainantFilesContextId(complaint._id), uploader: complainantPrincipal(complaint) };
  };
}
