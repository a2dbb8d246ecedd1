import { Injectable } from '@nestjs/common';
import type { CloudEvent } from '@certhub/contracts';
import { randomUUID } from 'node:crypto';
import { CertificateIssuer, type IssuedCertificate } from '../../certification/certificate-issuer';
import { certificateStatusEvent } from '../../certification/certificate-events';
import { dossierEvent, dossierRef } from '../../lifecycle/dossier-events';
import { toDecisionResponse, toDossierResponse } from '../../dossiers/dossier.mapper';
import type { Decision, DossierView } from '../../lifecycle/dossier.schema';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { assertImpartial } from '../../lifecycle/impartiality';
import { SchemeService } from '../../schemes/scheme.service';
import { COMPLEMENTARY, OUTCOME_ACTION, assertOutcomeOffered, decisionKind } from '../decision-rules';
import { type RpcHandler } from '@certhub/platform';

/**
 * A decision-maker decides on a dossier awaiting decision: who, when, why, among the scheme's
 * options for the pending kind, never on a dossier he audited (the lifecycle table says who decides).
 * A grant issues the certificate record (and its event) in the same update as the decision.
 */
@Injectable()
export class RecordDecision {
  constructor(
    private readonly lifecycle: DossierLifecycle,
    private readonly schemes: SchemeService,
    private readonly issuer: CertificateIssuer,
  ) {}

  readonly execute: RpcHandler<'dossier.decisions.record'> = async (principal, request) => {
    const { after, change } = await this.lifecycle.apply(
      principal,
      request.dossierId,
      OUTCOME_ACTION[request.outcome],
      async (current, now) => {
        assertImpartial(principal, current);
        const kind = decisionKind(current);
        const scheme = await this.schemes.get(current.schemeId, current.schemeVersion);
        assertOutcomeOffered(scheme, kind, request.outcome);
        const issued =
          request.outcome === 'grant' ? await this.issuer.issue(current, scheme, now) : undefined;
        const decision: Decision = {
          id: randomUUID(),
          kind,
          outcome: request.outcome,
          reason: request.reason,
          decidedBy: principal.userId,
          decidedAt: now,
          ...(issued ? { certificateId: issued.record.certificateId } : {}),
        };
        return {
          decision,
          ...this.updateFor(current, decision, issued),
          what: `${kind} decision: ${request.outcome}: ${request.reason}`,
          before: {
            certificate: current.certificate?.number ?? null,
            status: current.certificate?.status ?? null,
          },
          after: {
            outcome: request.outcome,
            ...(issued ? { certificate: issued.record.number, validUntil: issued.record.validUntil } : {}),
          },
          events: () => this.eventsFor(current, decision, issued),
        };
      },
    );
    return { decision: toDecisionResponse(change.decision), dossier: toDossierResponse(after) };
  };

  private updateFor(d: DossierView, decision: Decision, issued: IssuedCertificate | undefined) {
    const $set: Record<string, unknown> = { complementaryRequested: COMPLEMENTARY[decision.outcome] ?? null };
    const $push: Record<string, unknown> = { decisions: decision };
    if (issued) {
      $set['certificate'] = issued.record;
      $set['cycle'] = {
        surveillanceDue: issued.cycle.surveillanceDue,
        renewalOpensOn: issued.cycle.renewalOpensOn,
        ...(d.cycle?.renewalOf ? { renewalOf: d.cycle.renewalOf } : {}),
      };
      if (d.certificate) $push['previousCertificates'] = d.certificate;
    }
    if (decision.outcome === 'suspend') {
      $set['certificate.status'] = 'suspended';
      // This decision ends the audit step it was taken on: a reinstatement resumes at `certified`.
      $set['suspendedFrom'] = null;
    }
    if (decision.outcome === 'withdraw') $set['certificate.status'] = 'withdrawn';
    if (decision.outcome === 'refuse') $set['closedReason'] = decision.reason;
    return { $set, $push };
  }

  private eventsFor(d: DossierView, decision: Decision, issued: IssuedCertificate | undefined): CloudEvent[] {
    const at = decision.decidedAt.toISOString();
    const events: CloudEvent[] = [
      dossierEvent(
        'certhub.dossier.decision_recorded.v1',
        {
          ...dossierRef(d),
          decisionId: decision.id,
          kind: decision.kind,
          outcome: decision.outcome,
          reason: decision.reason,
          at,
          by: decision.decidedBy,
        },
        d,
      ),
    ];
    if (issued) {
      // A renewal with the same CB replaces the certificate; a first grant (or another CB's) issues one.
      events.push(
        decision.kind === 'renewal' && d.certificate
          ? dossierEvent(
              'certhub.certificate.renewed.v1',
              { ...issued.data, previousCertificateId: d.certificate.certificateId },
              d,
            )
          : dossierEvent('certhub.certificate.issued.v1', issued.data, d),
      );
    }
    if (d.certificate && (decision.outcome === 'suspend' || decision.outcome === 'withdraw'))
      events.push(
        certificateStatusEvent(decision.outcome === 'suspend' ? 'suspended' : 'withdrawn', d, {
          reason: decision.reason,
          at,
          by: decision.decidedBy,
        }),
      );
    return events;
  }
}
