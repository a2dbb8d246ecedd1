import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import type { Principal } from '@certhub/contracts';
import { candidateEvent } from '../candidacy/candidacy-events';
import { CandidacyLifecycle } from '../candidacy/candidacy-lifecycle';
import type { CandidateView } from '../candidacy/candidate.schema';
import { certificationChecklist } from '../candidacy/certification-checklist';
import { certificationCommand } from './certification-command';
import { toCertificationResponse } from './certification.mapper';

const sentEvent = (c: CandidateView, resent: boolean, principal: Principal, now: Date) =>
  candidateEvent(c, 'certhub.candidacy.sent_to_certification.v1', { resent, sentBy: principal.userId }, now);

/** What the candidacy still lacks before it can be sent to certification. */
@Injectable()
export class GetCertificationChecklist {
  constructor(private readonly lifecycle: CandidacyLifecycle) {}

  readonly execute: RpcHandler<'candidacy.certification.checklist'> = async (principal, request) =>
    certificationChecklist(await this.lifecycle.load(principal, request.candidateId));
}

/** Where the candidacy stands with the certifier. */
@Injectable()
export class GetCertification {
  constructor(private readonly lifecycle: CandidacyLifecycle) {}

  readonly execute: RpcHandler<'candidacy.certification.get'> = async (principal, request) =>
    toCertificationResponse(await this.lifecycle.load(principal, request.candidateId));
}

/**
 * Send to certification (docs/domain/individuals-certification.md#sending-to-certification): the
 * check list first, answered 422 with each missing item, then the table (a dossier not to send
 * answers 409). From then on the establishment no longer changes it.
 */
@Injectable()
export class SendToCertification {
  constructor(private readonly lifecycle: CandidacyLifecycle) {}

  readonly execute: RpcHandler<'candidacy.certification.send'> = async (principal, request) => {
    const candidate = await this.lifecycle.load(principal, request.candidateId, 'send_to_certification');
    const missing = certificationChecklist(candidate).items.filter((i) => !i.ok);
    if (missing.length)
      throw DomainError.invalid(
        missing.map((i) => ({ field: i.check, message: i.message })),
        'the candidacy is not ready to be sent to certification',
      );
    return certificationCommand(this.lifecycle, principal, candidate, 'send_to_certification', (c, now) => ({
      $set: { sentAt: now, updatedAt: now },
      what: 'sent to certification',
      events: () => [sentEvent(c, false, principal, now)],
    }));
  };
}

/** Back to "to send", by the network's administrator or the certifier; the jury session is left. */
@Injectable()
export class CancelSending {
  constructor(private readonly lifecycle: CandidacyLifecycle) {}

  readonly execute: RpcHandler<'candidacy.certification.cancel'> = (principal, request) =>
    certificationCommand(this.lifecycle, principal, request.candidateId, 'cancel_sending', (c, now) => ({
      $set: { jury: null, updatedAt: now },
      what: `send to certification cancelled: ${request.reason}`,
      ...(c.jury ? { before: { jury: c.jury } } : {}),
    }));
}

/** The completed candidacy goes back to the certifier, for the jury to take up again. */
@Injectable()
export class ResendToCertification {
  constructor(private readonly lifecycle: CandidacyLifecycle) {}

  readonly execute: RpcHandler<'candidacy.certification.resend'> = (principal, request) =>
    certificationCommand(this.lifecycle, principal, request.candidateId, 'resend', (c, now) => ({
      $set: { sentAt: now, jury: null, updatedAt: now },
      what: 'sent back to certification with its complements',
      events: () => [sentEvent(c, true, principal, now)],
    }));
}
