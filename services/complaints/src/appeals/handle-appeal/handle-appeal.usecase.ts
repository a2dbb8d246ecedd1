import { Injectable } from '@nestjs/common';
import type { AppealAction, AppealStatus, ErrorDetail, Principal } from '@certhub/contracts';
import { RpcClient, DomainError, type Change, type RpcHandler } from '@certhub/platform';
import { DossierLookups } from '../../complaints/dossier-lookups';
import { IdentityLookups } from '../../complaints/identity-lookups';
import { AppealLifecycle } from '../appeal-lifecycle';
import { appealEvent, appealRef, toAppealResponse } from '../appeal.mapper';
import type { AppealDoc } from '../appeal.schema';

/**
 * The CB's handling of an appeal (docs/domain/complaints-and-appeals.md#appeal-lifecycle): a
 * handler who took no part in the contested decision (asked of the dossier service: its analyst,
 * auditors and deciders are refused), the decision's effect suspended or not, upheld or rejected
 * with a reasoned answer, and an upheld decision reviewed through the dossier lifecycle.
 */
@Injectable()
export class HandleAppeal {
  constructor(
    private readonly appeals: AppealLifecycle,
    private readonly identity: IdentityLookups,
    private readonly dossiers: DossierLookups,
    private readonly rpc: RpcClient,
  ) {}

  readonly assign: RpcHandler<'complaints.appeals.assign'> = async (principal, request) => {
    const current = await this.appeals.load(principal, request.appealId);
    this.appeals.authorize(current, 'assign', principal, request.version);
    const handler = await this.identity.requireHandler(request.handlerId, principal, 'appeals');
    const dossier = await this.dossiers.dossier(principal, current.dossierId);
    if ((await this.dossiers.involved(principal, dossier)).has(handler.id))
      throw DomainError.invalid(
        [
          {
            field: 'handlerId',
            message: 'took part in the dossier (analyst, auditor or decider): not impartial',
            code: 'handler_not_impartial',
          },
        ],
        `${handler.firstName} ${handler.lastName} took part in dossier ${dossier.reference}`,
      );
    return this.step(principal, current, 'assign', request.version, (a, now) => ({
      $set: { handlerId: handler.id, assignedAt: now },
      what: `handled by ${handler.firstName} ${handler.lastName}`,
      events: () => [
        appealEvent(
          'certhub.appeal.assigned.v1',
          { ...appealRef(a), handlerId: handler.id, by: principal.userId },
          a,
        ),
      ],
    }));
  };

  readonly suspendEffect: RpcHandler<'complaints.appeals.suspend-effect'> = (principal, request) =>
    this.step(principal, request.appealId, 'suspend_effect', request.version, (a, now) => ({
      $set: { effectSuspended: { at: now, by: principal.userId, reason: request.reason } },
      what: `effect of the ${a.decision} suspended until the appeal is decided: ${request.reason}`,
      events: () => [
        appealEvent('certhub.appeal.effect_suspended.v1', { ...appealRef(a), by: principal.userId }, a),
      ],
    }));

  /**
   * Upheld with a reasoned answer; on a finding's classification, with the classification the
   * finding takes (another than its own), which the review then applies.
   */
  readonly uphold: RpcHandler<'complaints.appeals.uphold'> = async (principal, request) => {
    const current = await this.appeals.load(principal, request.appealId);
    this.appeals.authorize(current, 'uphold', principal, request.version);
    const onFinding = current.decision === 'finding_classification';
    if (onFinding !== (request.severity !== undefined))
      throw DomainError.invalid(
        [
          {
            field: 'severity',
            message: onFinding
              ? 'the classification the finding takes is required'
              : 'only an appeal on a finding’s classification takes one',
          },
        ],
        'severity does not fit the decision appealed',
      );
    if (onFinding) {
      const finding = await this.rpc.call(
        'dossier.findings.get',
        { findingId: current.contestedId },
        { principal },
      );
      if (finding.severity === request.severity)
        throw DomainError.invalid(
          [{ field: 'severity', message: `the finding is already ${finding.severity}` }],
          'upholding the appeal changes the classification',
        );
    }
    return this.decide(principal, current, request, 'uphold', request.severity);
  };

  readonly reject: RpcHandler<'complaints.appeals.reject'> = (principal, request) =>
    this.decide(principal, request.appealId, request, 'reject');

  /**
   * The review of an upheld appeal through the dossier lifecycle, as the caller (a decision maker
   * who took no part in the dossier): a suspension or a withdrawal gives the certificate back, a
   * refusal reopens the step it ended, a finding takes the classification the upholding gave it.
   */
  readonly review: RpcHandler<'complaints.appeals.review'> = async (principal, request) => {
    const current = await this.appeals.load(principal, request.appealId);
    this.appeals.authorize(current, 'review', principal, request.version);
    const dossier = await this.dossiers.dossier(principal, current.dossierId);
    if ((await this.dossiers.involved(principal, dossier)).has(principal.userId))
      throw reviewerNotImpartial();
    const reviewed = await this.rpc.call(
      'dossier.appeals.review',
      {
        dossierId: dossier.id,
        appealReference: current.reference,
        decision: current.decision,
        contestedId: current.contestedId,
        reason: request.reason,
        ...(current.severity ? { severity: current.severity } : {}),
      },
      { principal },
    );
    return this.step(principal, current, 'review', request.version, (a, now) => ({
      $set: { review: request.reason, closedAt: now },
      what:
        a.decision === 'finding_classification'
          ? `finding reclassified ${a.severity ?? ''}, dossier ${reviewed.reference}: ${request.reason}`
          : `${a.decision} reviewed, dossier ${reviewed.reference} ${reviewed.status}: ${request.reason}`,
      events: () => [appealEvent('certhub.appeal.reviewed.v1', { ...appealRef(a), by: principal.userId }, a)],
    }));
  };

  readonly withdraw: RpcHandler<'complaints.appeals.withdraw'> = (principal, request) =>
    this.step(principal, request.appealId, 'withdraw', request.version, (a, now) => ({
      $set: { closedAt: now },
      what: 'withdrawn by the appellant',
      events: () => [
        appealEvent('certhub.appeal.withdrawn.v1', { ...appealRef(a), by: principal.userId }, a),
      ],
    }));

  private decide(
    principal: Principal,
    target: string | AppealDoc,
    request: { version: number; answer: string },
    action: 'uphold' | 'reject',
    severity?: 'major' | 'minor',
  ) {
    const outcome = action === 'uphold' ? 'upheld' : 'rejected';
    return this.step(principal, target, action, request.version, (a, now) => ({
      $set: {
        answer: request.answer,
        decidedAt: now,
        ...(action === 'reject' ? { closedAt: now } : {}),
        ...(severity ? { severity } : {}),
      },
      what: `${outcome}${severity ? ` (finding to be ${severity})` : ''}: ${request.answer}`,
      events: () => [
        appealEvent('certhub.appeal.decided.v1', { ...appealRef(a), outcome, by: principal.userId }, a),
      ],
    }));
  }

  /** One step of the handling, at the version the caller read; answers the appeal with its trail. */
  private async step(
    principal: Principal,
    target: string | AppealDoc,
    action: AppealAction,
    version: number,
    decide: (a: AppealDoc, now: Date) => Change<AppealStatus>,
  ) {
    const { after } = await this.appeals.apply(principal, target, action, decide, {
      expectedVersion: version,
    });
    return toAppealResponse(after, true);
  }
}

/** The caller took part in the dossier: coded, so that the portal says it in the reader's language. */
function reviewerNotImpartial(): DomainError {
  const message = 'you took part in this dossier: another decision maker reviews the decision';
  const detail: ErrorDetail = { field: '(request)', message, code: 'reviewer_not_impartial' };
  return new DomainError('forbidden', message, [detail]);
}
