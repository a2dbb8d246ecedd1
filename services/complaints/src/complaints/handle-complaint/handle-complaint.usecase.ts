import { Injectable } from '@nestjs/common';
import type { ComplaintStatus, DossierResponse, Principal } from '@certhub/contracts';
import { DomainError, type Change, type RpcHandler } from '@certhub/platform';
import { ComplainantMails } from '../complainant-mails';
import { ComplaintEvidence } from '../complaint-evidence';
import { dayAfter } from '../complaint-deadlines';
import { complaintEvent, complaintRef } from '../complaint-events';
import { ComplaintLifecycle } from '../complaint-lifecycle';
import { toComplaintResponse } from '../complaint.mapper';
import type { ComplaintDoc } from '../complaint.schema';
import { DossierLookups } from '../dossier-lookups';
import { IdentityLookups } from '../identity-lookups';

/**
 * The CB's handling of a complaint (docs/domain/complaints-and-appeals.md#complaint-lifecycle):
 * taken in charge with a named handler (and the dossier concerned, whose organisation is then told,
 * never by whom), or dismissed with the reason; closed by the handler with its outcome and a
 * reasoned answer, which is mailed to the complainant. Each step is trailed and evented; the write
 * path refuses a step the table does not allow (409 with the status) and an edit on a stale version.
 */
@Injectable()
export class HandleComplaint {
  constructor(
    private readonly complaints: ComplaintLifecycle,
    private readonly identity: IdentityLookups,
    private readonly dossiers: DossierLookups,
    private readonly mails: ComplainantMails,
    private readonly evidence: ComplaintEvidence,
  ) {}

  readonly acknowledge: RpcHandler<'complaints.acknowledge'> = async (principal, request) => {
    const current = await this.complaints.load(principal, request.complaintId);
    this.complaints.authorize(current, 'acknowledge', principal, request.version);
    const handler = await this.identity.requireHandler(request.handlerId, principal, 'complaints');
    const dossier = request.dossierId
      ? await this.concerned(principal, current, request.dossierId)
      : undefined;
    // A complaint whose lodging named no scheme takes the dossier's, in the dossier's version: its
    // answer deadline replaces the platform's. One that did keeps the version of its certificate.
    const scheme =
      dossier && !current.schemeId
        ? {
            schemeId: dossier.schemeId,
            ...(await this.dossiers.deadlines(dossier.schemeId, dossier.schemeVersion)),
          }
        : undefined;
    const { after } = await this.complaints.apply(
      principal,
      current,
      'acknowledge',
      (c, now) => ({
        $set: {
          handlerId: handler.id,
          acknowledgedAt: now,
          ...(dossier ? { dossierId: dossier.id, organisationId: dossier.organisationId } : {}),
          ...(scheme
            ? {
                schemeId: scheme.schemeId,
                schemeVersion: scheme.version,
                answerBy: dayAfter(c.receivedAt, scheme.rules.answerWithinDays),
              }
            : {}),
        },
        what: `taken in charge, handled by ${handler.firstName} ${handler.lastName}${
          dossier ? `, about dossier ${dossier.reference}` : ''
        }`,
        events: () => {
          const ref = complaintRef({ ...c, schemeId: c.schemeId ?? scheme?.schemeId });
          return [
            complaintEvent(
              'certhub.complaint.acknowledged.v1',
              {
                ...ref,
                handlerId: handler.id,
                answerBy: scheme ? dayAfter(c.receivedAt, scheme.rules.answerWithinDays) : c.answerBy,
                by: principal.userId,
              },
              c,
            ),
            // Partners of the CB receive this event too: it names the complaint, never the
            // complainant's words (subject, facts), which may tell who he is.
            ...(dossier
              ? [
                  complaintEvent(
                    'certhub.complaint.organisation_informed.v1',
                    { ...ref, organisationId: dossier.organisationId, dossierId: dossier.id },
                    c,
                  ),
                ]
              : []),
          ];
        },
      }),
      { expectedVersion: request.version },
    );
    await this.evidence.follow(after);
    return toComplaintResponse(after, true);
  };

  readonly dismiss: RpcHandler<'complaints.dismiss'> = (principal, request) =>
    this.close(principal, request, 'dismiss', request.reason, (c, now) => ({
      $set: { dismissalReason: request.reason, closedAt: now },
      what: `dismissed: ${request.reason}`,
      events: () => [
        complaintEvent('certhub.complaint.dismissed.v1', { ...complaintRef(c), by: principal.userId }, c),
      ],
    }));

  readonly answer: RpcHandler<'complaints.answer'> = (principal, request) =>
    this.close(principal, request, 'answer', request.answer, (c, now) => ({
      $set: { outcome: request.outcome, answer: request.answer, closedAt: now },
      what: `closed: ${request.outcome}`,
      events: () => [
        complaintEvent(
          'certhub.complaint.closed.v1',
          { ...complaintRef(c), outcome: request.outcome, by: principal.userId },
          c,
        ),
      ],
    }));

  /**
   * Closes the complaint at the version the caller read (dismissed or answered): its evidence
   * follows, and the complainant is mailed `answer`. Answers the complaint with its trail.
   */
  private async close(
    principal: Principal,
    request: { complaintId: string; version: number },
    action: 'dismiss' | 'answer',
    answer: string,
    decide: (c: ComplaintDoc, now: Date) => Change<ComplaintStatus>,
  ) {
    const { after } = await this.complaints.apply(principal, request.complaintId, action, decide, {
      expectedVersion: request.version,
    });
    await this.evidence.follow(after);
    await this.mails.answered(after, await this.cbName(after), answer);
    return toComplaintResponse(after, true);
  }

  /**
   * The dossier a complaint is about, as the CB's staff see it (404 for another CB's); when the
   * complaint names a certificate, it must be that dossier's.
   */
  private async concerned(
    principal: Principal,
    c: ComplaintDoc,
    dossierId: string,
  ): Promise<DossierResponse> {
    const dossier = await this.dossiers.dossier(principal, dossierId);
    if (c.certificateNumber && dossier.certificate?.number !== c.certificateNumber)
      throw DomainError.invalid(
        [{ field: 'dossierId', message: `not the dossier of certificate ${c.certificateNumber}` }],
        'the complaint is about another certificate',
      );
    return dossier;
  }

  private async cbName(c: ComplaintDoc): Promise<string> {
    return (await this.identity.certificationBody(c.tenantId))?.name ?? c.tenantId;
  }
}
