import { Injectable } from '@nestjs/common';
import { type RpcHandler } from '@certhub/platform';
import { CERTIFIED_CYCLE, type DossierStatus, type Principal } from '@certhub/contracts';
import { randomUUID } from 'node:crypto';
import { assertImpartial } from '../lifecycle/impartiality';
import { dossierEvent, dossierRef } from '../lifecycle/dossier-events';
import { DossierLifecycle } from '../lifecycle/dossier-lifecycle';
import { toDossierResponse } from '../dossiers/dossier.mapper';
import type { Decision, DossierView } from '../lifecycle/dossier.schema';
import { certificateStatusEvent } from './certificate-events';

type Change = 'suspend' | 'reinstate' | 'withdraw';
const TO = { suspend: 'suspended', reinstate: 'valid', withdraw: 'withdrawn' } as const;
const EVENT = { suspend: 'suspended', reinstate: 'reinstated', withdraw: 'withdrawn' } as const;

/** Where a reinstatement resumes: the step the suspension interrupted, else `certified`. */
export const resumeStatus = (d: Pick<DossierView, 'suspendedFrom'>): DossierStatus =>
  d.suspendedFrom && CERTIFIED_CYCLE.includes(d.suspendedFrom) ? d.suspendedFrom : 'certified';

/** What each change writes besides the certificate's status: the suspension keeps its place in the cycle. */
const cycleFields = (change: Change, current: DossierView): Record<string, unknown> =>
  change === 'suspend'
    ? { suspendedFrom: current.status }
    : change === 'reinstate'
      ? { suspendedFrom: null }
      : {};

/**
 * Suspension, reinstatement and withdrawal outside a pending decision (e.g. after a complaint:
 * docs/domain/organisation-certification.md#suspension-withdrawal-and-reinstatement). Suspending and
 * withdrawing are surveillance decisions: recorded as such, by a decision-maker (the lifecycle table
 * says who) who did not audit the dossier.
 */
@Injectable()
export class ChangeCertificateStatus {
  constructor(private readonly lifecycle: DossierLifecycle) {}

  /** The three subjects of the certificate's status, each one change with the reason given. */
  readonly suspend: RpcHandler<'dossier.certificates.suspend'> = async (principal, request) =>
    toDossierResponse(await this.apply(principal, request.dossierId, 'suspend', request.reason));

  readonly reinstate: RpcHandler<'dossier.certificates.reinstate'> = async (principal, request) =>
    toDossierResponse(await this.apply(principal, request.dossierId, 'reinstate', request.reason));

  readonly withdraw: RpcHandler<'dossier.certificates.withdraw'> = async (principal, request) =>
    toDossierResponse(await this.apply(principal, request.dossierId, 'withdraw', request.reason));

  async apply(principal: Principal, dossierId: string, change: Change, reason: string): Promise<DossierView> {
    const { after } = await this.lifecycle.apply(principal, dossierId, change, (current, now) => {
      assertImpartial(principal, current);
      const decision: Decision | undefined =
        change === 'reinstate'
          ? undefined
          : {
              id: randomUUID(),
              kind: 'surveillance',
              outcome: change,
              reason,
              decidedBy: principal.userId,
              decidedAt: now,
            };
      return {
        $set: { 'certificate.status': TO[change], ...cycleFields(change, current) },
        ...(change === 'reinstate' ? { to: resumeStatus(current) } : {}),
        ...(decision ? { $push: { decisions: decision } } : {}),
        what: `certificate ${current.certificate?.number ?? ''} ${EVENT[change]}: ${reason}`,
        before: { certificateStatus: current.certificate?.status ?? null },
        after: { certificateStatus: TO[change] },
        events: () => [
          ...(decision
            ? [
                dossierEvent(
                  'certhub.dossier.decision_recorded.v1',
                  {
                    ...dossierRef(current),
                    decisionId: decision.id,
                    kind: decision.kind,
                    outcome: decision.outcome,
                    reason,
                    at: now.toISOString(),
                    by: principal.userId,
                  },
                  current,
                ),
              ]
            : []),
          certificateStatusEvent(EVENT[change], current, {
            reason,
            at: now.toISOString(),
            by: principal.userId,
          }),
        ],
      };
    });
    return after;
  }
}
