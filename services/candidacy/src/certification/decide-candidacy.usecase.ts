import { Injectable } from '@nestjs/common';
import type { EventPayload } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { candidateEvent } from '../candidacy/candidacy-events';
import { CandidacyLifecycle } from '../candidacy/candidacy-lifecycle';
import type { CandidateView } from '../candidacy/candidate.schema';
import { IdentityDirectory } from '../candidacy/identity-directory';
import { certificationCommand } from './certification-command';

type IssuedCertificate = NonNullable<EventPayload<'certhub.candidacy.jury_decided.v1'>['certificate']>;

/** The individual certificate's number: one candidacy is certified once, so its reference names it. */
export const certificateNumberOf = (reference: string): string => `CLEA-${reference.replace(/^CL/, '')}`;

/** What the certificate service prints, as the dossier stands when the jury certifies it. */
function certificateOf(c: CandidateView, certifierName: string): IssuedCertificate {
  const validated = [...(c.evaluations ?? [])].reverse().find((e) => e.validated);
  if (!validated)
    throw new DomainError('internal', `candidacy ${c.reference} is certified without a validated evaluation`);
  return {
    number: certificateNumberOf(c.reference),
    holder: { givenName: c.firstName, familyName: c.birthName, birthDate: c.birthDate },
    frameworkVersion: validated.frameworkVersion,
    certifierName,
  };
}

/**
 * The jury's decision on a dossier of its session: certified (dated the session's sitting, the
 * certificate numbered in the same write and issued by the certificate service from the event) or
 * not certified with a reason the establishment reads.
 */
@Injectable()
export class DecideCandidacy {
  constructor(
    private readonly lifecycle: CandidacyLifecycle,
    private readonly identity: IdentityDirectory,
  ) {}

  readonly execute: RpcHandler<'candidacy.certification.decide'> = async (principal, request) => {
    const certified = request.decision === 'certified';
    // Read before the write: the certifier is the jury's own tenant, its name prints on the certificate.
    const certifierName = certified
      ? ((await this.identity.certifier(principal.tenantId, principal))?.name ?? principal.tenantId)
      : undefined;
    return certificationCommand(
      this.lifecycle,
      principal,
      request.candidateId,
      certified ? 'certify' : 'refuse_certification',
      (c, now) => {
        if (!c.jury)
          throw new DomainError('internal', `candidacy ${c.reference} awaits a jury without a session`);
        const certificate = certifierName === undefined ? undefined : certificateOf(c, certifierName);
        return {
          $set: {
            decision: {
              decision: request.decision,
              decidedAt: now,
              decidedBy: principal.userId,
              juryDate: c.jury.sittingOn,
              ...(request.reason ? { reason: request.reason } : {}),
            },
            ...(certificate ? { certificateNumber: certificate.number } : {}),
            updatedAt: now,
          },
          what: certified
            ? `certified by the jury of ${c.jury.sittingOn} (certificate ${certificate?.number ?? ''})`
            : `not certified by the jury of ${c.jury.sittingOn}: ${request.reason ?? ''}`,
          events: () => [
            candidateEvent(
              c,
              'certhub.candidacy.jury_decided.v1',
              {
                decision: request.decision,
                juryDate: c.jury?.sittingOn ?? '',
                ...(request.reason ? { reason: request.reason } : {}),
                decidedBy: principal.userId,
                ...(certificate ? { certificate } : {}),
              },
              now,
            ),
          ],
        };
      },
    );
  };
}
