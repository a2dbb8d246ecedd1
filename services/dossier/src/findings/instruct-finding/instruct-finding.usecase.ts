import { Injectable } from '@nestjs/common';
import type { RpcHandler } from '@certhub/platform';
import { dossierFindingRef, findingEvent, findingRef } from '../finding-events';
import { FindingLifecycle } from '../finding-lifecycle';

/**
 * The analyst's steps on a recorded non-conformity
 * (docs/domain/organisation-certification.md#audit-findings): confirm it (the applicant sees it from then on:
 * finding_raised) or reject it with a reason, then ask for corrective measures, or for material proofs (after
 * the measures are accepted, or directly when they were agreed at the closing meeting).
 */
@Injectable()
export class InstructFinding {
  constructor(private readonly findings: FindingLifecycle) {}

  readonly confirm: RpcHandler<'dossier.findings.confirm'> = (principal, request) =>
    this.findings.command(principal, request, 'confirm', (f, now) => ({
      what: `non-conformity ${f.number} confirmed`,
      events: () => [
        findingEvent(
          'certhub.dossier.finding_raised.v1',
          {
            ...dossierFindingRef(f),
            auditId: f.auditId,
            requirementId: f.requirementId,
            severity: f.severity,
            dueDate: f.dueDate,
            at: now.toISOString(),
            by: principal.userId,
          },
          f,
          now,
        ),
      ],
    }));

  readonly reject: RpcHandler<'dossier.findings.reject'> = (principal, request) =>
    this.findings.command(principal, request, 'reject', (f, now) => ({
      $set: { rejectionReason: request.reason },
      what: `non-conformity ${f.number} rejected: ${request.reason}`,
      events: () => [
        findingEvent(
          'certhub.finding.rejected.v1',
          {
            ...findingRef(f),
            auditId: f.auditId,
            auditorIds: f.auditorIds,
            reason: request.reason,
            at: now.toISOString(),
            by: principal.userId,
          },
          f,
          now,
        ),
      ],
    }));

  readonly requestMeasures: RpcHandler<'dossier.findings.request-measures'> = (principal, request) =>
    this.findings.command(principal, request, 'request_measures', (f, now) => ({
      what: `corrective measures requested${request.comment ? `: ${request.comment}` : ''}`,
      events: () => [
        findingEvent(
          'certhub.finding.measures_requested.v1',
          { ...findingRef(f), dueDate: f.dueDate, at: now.toISOString(), by: principal.userId },
          f,
          now,
        ),
      ],
    }));

  readonly requestProofs: RpcHandler<'dossier.findings.request-proofs'> = (principal, request) =>
    this.findings.command(principal, request, 'request_proofs', (f, now) => {
      const agreedAtClosingMeeting = f.status === 'confirmed';
      return {
        what: agreedAtClosingMeeting
          ? 'material proofs requested (corrective measures agreed at the closing meeting)'
          : 'material proofs requested',
        events: () => [
          findingEvent(
            'certhub.finding.proofs_requested.v1',
            {
              ...findingRef(f),
              agreedAtClosingMeeting,
              dueDate: f.dueDate,
              at: now.toISOString(),
              by: principal.userId,
            },
            f,
            now,
          ),
        ],
      };
    });
}
