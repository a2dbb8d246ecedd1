import { Injectable } from '@nestjs/common';
import type { Principal } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { randomUUID } from 'node:crypto';
import { assertImpartial } from '../decisions/decision-rules';
import { dossierNotFound } from '../dossiers/dossier-access';
import { dossierEvent, dossierRef } from '../dossiers/dossier-events';
import { DossierRepository } from '../dossiers/dossier.repository';
import type { Decision, DossierView } from '../dossiers/dossier.schema';
import { DossierLifecycle, assertInTable } from '../lifecycle/dossier-lifecycle.service';
import { retryOnStale } from '../lifecycle/retry-on-stale';
import { certificateStatusEvent } from './certificate-events';

type Change = 'suspend' | 'reinstate' | 'withdraw';
const TO = { suspend: 'suspended', reinstate: 'valid', withdraw: 'withdrawn' } as const;
const EVENT = { suspend: 'suspended', reinstate: 'reinstated', withdraw: 'withdrawn' } as const;

/**
 * Suspension, reinstatement and withdrawal outside a pending decision (e.g. after a complaint:
 * docs/domain/organisation-certification.md#suspension-withdrawal-and-reinstatement). Suspending and
 * withdrawing are surveillance decisions: recorded as such, by a decision-maker who did not audit the
 * dossier.
 */
@Injectable()
export class ChangeCertificateStatus {
  constructor(
    private readonly dossiers: DossierRepository,
    private readonly lifecycle: DossierLifecycle,
  ) {}

  async apply(principal: Principal, dossierId: string, change: Change, reason: string): Promise<DossierView> {
    return retryOnStale(async () => {
      const current = await this.dossiers.findVisible(principal, dossierId);
      if (!current) throw dossierNotFound(dossierId);
      assertInTable(current.status, change);
      if (!principal.roles.includes('decision_maker'))
        throw DomainError.forbidden(`only a decision-maker may ${change} a certificate`);
      assertImpartial(principal, current);
      const now = new Date();
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
      return this.lifecycle.apply({
        dossierId: current._id,
        action: change,
        principal,
        expectedVersion: current.version,
        update: {
          $set: { 'certificate.status': TO[change] },
          ...(decision ? { $push: { decisions: decision } } : {}),
        },
        events: (before) => [
          ...(decision
            ? [
                dossierEvent(
                  'certhub.dossier.decision_recorded.v1',
                  {
                    ...dossierRef(before),
                    decisionId: decision.id,
                    kind: decision.kind,
                    outcome: decision.outcome,
                    reason,
                    at: now.toISOString(),
                    by: principal.userId,
                  },
                  before,
                ),
              ]
            : []),
          certificateStatusEvent(EVENT[change], before, {
            reason,
            at: now.toISOString(),
            by: principal.userId,
          }),
        ],
        trail: {
          what: `certificate ${current.certificate?.number ?? ''} ${EVENT[change]}: ${reason}`,
          before: { certificateStatus: current.certificate?.status ?? null },
          after: { certificateStatus: TO[change] },
        },
      });
    });
  }
}
