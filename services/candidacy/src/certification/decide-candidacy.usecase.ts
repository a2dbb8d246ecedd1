import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { candidacyEvent, candidateRef } from '../candidacy/candidacy-events';
import { CandidacyLifecycle } from '../candidacy/candidacy-lifecycle';
import { toCertificationResponse } from './certification.mapper';

/**
 * The jury's decision on a dossier of its session: certified (dated the session's sitting) or not
 * certified with a reason the establishment reads.
 */
@Injectable()
export class DecideCandidacy {
  constructor(private readonly lifecycle: CandidacyLifecycle) {}

  readonly execute: RpcHandler<'candidacy.certification.decide'> = async (principal, request) => {
    const certified = request.decision === 'certified';
    const { after } = await this.lifecycle.apply(
      principal,
      request.candidateId,
      certified ? 'certify' : 'refuse_certification',
      (c, now) => {
        if (!c.jury)
          throw new DomainError('internal', `candidacy ${c.reference} awaits a jury without a session`);
        return {
          $set: {
            decision: {
              decision: request.decision,
              decidedAt: now,
              decidedBy: principal.userId,
              juryDate: c.jury.sittingOn,
              ...(request.reason ? { reason: request.reason } : {}),
            },
            updatedAt: now,
          },
          what: certified
            ? `certified by the jury of ${c.jury.sittingOn}`
            : `not certified by the jury of ${c.jury.sittingOn}: ${request.reason ?? ''}`,
          events: () => [
            candidacyEvent(
              'certhub.candidacy.jury_decided.v1',
              {
                ...candidateRef(c),
                decision: request.decision,
                juryDate: c.jury?.sittingOn ?? '',
                ...(request.reason ? { reason: request.reason } : {}),
                decidedBy: principal.userId,
              },
              { id: c._id, tenantId: c.networkId },
              now,
            ),
          ],
        };
      },
    );
    return toCertificationResponse(after);
  };
}
