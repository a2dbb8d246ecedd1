import { Injectable } from '@nestjs/common';
import type { CloudEvent, Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { randomUUID } from 'node:crypto';
import { CertificateIssuer, type IssuedCertificate } from '../../certification/certificate-issuer';
import { certificateStatusEvent } from '../../certification/certificate-events';
import { dossierNotFound } from '../../dossiers/dossier-access';
import { dossierEvent, dossierRef } from '../../dossiers/dossier-events';
import { toDecisionResponse, toDossierResponse } from '../../dossiers/dossier.mapper';
import { DossierRepository } from '../../dossiers/dossier.repository';
import type { Decision, DossierView } from '../../dossiers/dossier.schema';
import { DossierLifecycle, assertInTable } from '../../lifecycle/dossier-lifecycle.service';
import { retryOnStale } from '../../lifecycle/retry-on-stale';
import { SchemeService } from '../../schemes/scheme.service';
import {
  COMPLEMENTARY,
  OUTCOME_ACTION,
  assertImpartial,
  assertOutcomeOffered,
  decisionKind,
} from '../decision-rules';

/**
 * A decision-maker decides on a dossier awaiting decision: who, when, why, among the scheme's
 * options for the pending kind, never on a dossier he audited. A grant issues the certificate
 * record (and its event) in the same update as the decision.
 */
@Injectable()
export class RecordDecision {
  constructor(
    private readonly dossiers: DossierRepository,
    private readonly lifecycle: DossierLifecycle,
    private readonly schemes: SchemeService,
    private readonly issuer: CertificateIssuer,
  ) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'dossier.decisions.record'>,
  ): Promise<RpcResponse<'dossier.decisions.record'>> {
    const action = OUTCOME_ACTION[request.outcome];
    return retryOnStale(async () => {
      const current = await this.dossiers.findVisible(principal, request.dossierId);
      if (!current) throw dossierNotFound(request.dossierId);
      assertInTable(current.status, action);
      if (!principal.roles.includes('decision_maker'))
        throw DomainError.forbidden('only a decision-maker records a decision');
      assertImpartial(principal, current);
      const kind = decisionKind(current);
      const scheme = await this.schemes.get(current.schemeId, current.schemeVersion);
      assertOutcomeOffered(scheme, kind, request.outcome);

      const now = new Date();
      const issued = request.outcome === 'grant' ? await this.issuer.issue(current, scheme, now) : undefined;
      const decision: Decision = {
        id: randomUUID(),
        kind,
        outcome: request.outcome,
        reason: request.reason,
        decidedBy: principal.userId,
        decidedAt: now,
        ...(issued ? { certificateId: issued.record.certificateId } : {}),
      };
      const updated = await this.lifecycle.apply({
        dossierId: current._id,
        action,
        principal,
        expectedVersion: current.version,
        update: this.updateFor(current, decision, issued),
        events: (before) => this.eventsFor(before, decision, issued),
        trail: {
          what: `${kind} decision: ${request.outcome}: ${request.reason}`,
          before: {
            certificate: current.certificate?.number ?? null,
            status: current.certificate?.status ?? null,
          },
          after: {
            outcome: request.outcome,
            ...(issued ? { certificate: issued.record.number, validUntil: issued.record.validUntil } : {}),
          },
        },
      });
      return { decision: toDecisionResponse(decision), dossier: toDossierResponse(updated) };
    });
  }

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
    if (decision.outcome === 'suspend') $set['certificate.status'] = 'suspended';
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
