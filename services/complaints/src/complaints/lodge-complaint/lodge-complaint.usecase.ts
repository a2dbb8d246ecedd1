import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { SYSTEM_PRINCIPAL, isSystemPrincipal } from '@certhub/contracts';
import { DomainError, SequenceRepository, type RpcHandler } from '@certhub/platform';
import { ComplainantMails } from '../complainant-mails';
import { ComplaintEvidence } from '../complaint-evidence';
import { dayAfter } from '../complaint-deadlines';
import { ComplaintFollowLink } from '../complaint-follow-link';
import { complaintEvent, complaintRef } from '../complaint-events';
import { ComplaintLifecycle } from '../complaint-lifecycle';
import { DossierLookups } from '../dossier-lookups';
import { IdentityLookups } from '../identity-lookups';

/**
 * Anyone lodges a complaint with a CB, without an account (docs/domain/complaints-and-appeals.md#lodging):
 * it is in the CB's register at once, under a reference the complainant keeps, with the deadlines
 * of its first steps (those of the scheme version its certificate was issued under, else the
 * platform's); the CB's administrators are told, and the complainant gets the acknowledgement mail
 * with the private follow link, and at once an authorisation to attach files. Someone signed in (an organisation about its CB, a partner) is
 * linked to the complaint as part of the complainant's identity, and gets the acknowledgement in his
 * inbox too; the complaint is still recorded as the platform's doing, so that neither its trail nor
 * its events name him.
 */
@Injectable()
export class LodgeComplaint {
  constructor(
    private readonly complaints: ComplaintLifecycle,
    private readonly sequences: SequenceRepository,
    private readonly identity: IdentityLookups,
    private readonly dossiers: DossierLookups,
    private readonly mails: ComplainantMails,
    private readonly evidence: ComplaintEvidence,
    private readonly link: ComplaintFollowLink,
  ) {}

  readonly execute: RpcHandler<'complaints.lodge'> = async (caller, request) => {
    const cb = await this.identity.certificationBody(request.cbId);
    if (!cb)
      throw DomainError.invalid(
        [{ field: 'cbId', message: 'unknown certification body' }],
        'no such certification body',
      );
    if (request.about === 'certified_organisation' && !request.certificateNumber && !request.organisationName)
      throw DomainError.invalid(
        [{ field: 'organisationName', message: 'name the organisation or its certificate number' }],
        'which certified organisation is the complaint about?',
      );
    // A certificate names its scheme and the version it was issued under, whose deadlines then
    // apply; else the platform's.
    const certified = request.certificateNumber
      ? await this.dossiers.schemeOfCertificate(request.certificateNumber)
      : undefined;
    const { rules, version } = await this.dossiers.deadlines(certified?.schemeId, certified?.schemeVersion);
    const now = new Date();
    const year = now.getUTCFullYear();
    const seq = await this.sequences.next(cb.id, `complaint:${year}`);
    const reference = `${cb.certificateNumberPrefix}-R${year}-${String(seq).padStart(5, '0')}`;
    const complaint = {
      _id: randomUUID(),
      tenantId: cb.id,
      reference,
      about: request.about,
      ...(request.certificateNumber ? { certificateNumber: request.certificateNumber } : {}),
      ...(request.organisationName ? { organisationName: request.organisationName } : {}),
      subject: request.subject,
      facts: request.facts,
      complainant: request.complainant,
      ...(caller && !isSystemPrincipal(caller)
        ? { lodgedBy: { userId: caller.userId, tenantType: caller.tenantType, tenantId: caller.tenantId } }
        : {}),
      locale: request.locale,
      ...(certified ? { schemeId: certified.schemeId, schemeVersion: version } : {}),
      status: 'received' as const,
      receivedAt: now,
      acknowledgeBy: dayAfter(now, rules.acknowledgeWithinDays),
      answerBy: dayAfter(now, rules.answerWithinDays),
      actions: [],
      overdueSteps: [],
    };
    await this.complaints.create(SYSTEM_PRINCIPAL, complaint, {
      action: 'lodge',
      at: now,
      what: `complaint lodged: ${request.subject}`,
      events: [
        complaintEvent(
          'certhub.complaint.lodged.v1',
          { ...complaintRef(complaint), about: complaint.about, acknowledgeBy: complaint.acknowledgeBy },
          complaint,
        ),
      ],
    });
    await this.evidence.follow(complaint);
    await this.mails.received(complaint, cb.name);
    return {
      reference,
      receivedAt: now.toISOString(),
      acknowledgeBy: complaint.acknowledgeBy,
      upload: this.link.uploadGrant(complaint, now),
    };
  };
}
