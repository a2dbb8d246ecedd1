import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError, SequenceRepository, type RpcHandler } from '@certhub/platform';
import { dayAfter } from '../../complaints/complaint-deadlines';
import { DossierLookups } from '../../complaints/dossier-lookups';
import { IdentityLookups } from '../../complaints/identity-lookups';
import { AppealLifecycle } from '../appeal-lifecycle';
import { appealEvent, appealRef, toAppealResponse } from '../appeal.mapper';
import { AppealRepository } from '../appeal.repository';
import type { AppealDoc } from '../appeal.schema';

/**
 * The applicant or certified organisation appeals a decision of its CB on one of its dossiers
 * (docs/domain/complaints-and-appeals.md#appeal), within the scheme's appeal period counted from the
 * decision. The decision stays in force meanwhile; one appeal at a time per decision.
 */
@Injectable()
export class LodgeAppeal {
  constructor(
    private readonly appeals: AppealLifecycle,
    private readonly repository: AppealRepository,
    private readonly sequences: SequenceRepository,
    private readonly identity: IdentityLookups,
    private readonly dossiers: DossierLookups,
  ) {}

  readonly execute: RpcHandler<'complaints.appeals.lodge'> = async (principal, request) => {
    // The dossier service answers 404 for a dossier outside the caller's organisation: to this
    // request, an input it names that does not exist (422, like any unknown reference in a body).
    const dossier = await this.dossiers.dossier(principal, request.dossierId).catch(unknownAs('dossierId'));
    if (principal.tenantType !== 'organisation' || dossier.organisationId !== principal.tenantId)
      throw DomainError.forbidden('only the organisation the decision concerns may appeal it');
    const contested = await this.dossiers
      .contested(principal, dossier, request.decision, request.findingId)
      .catch(unknownAs('findingId'));
    const { rules } = await this.dossiers.deadlines(dossier.schemeId, dossier.schemeVersion);
    const now = new Date();
    const lastDay = dayAfter(new Date(contested.at), rules.appealWithinDays);
    if (now.toISOString().slice(0, 10) > lastDay)
      throw DomainError.invalid(
        [
          {
            field: 'decision',
            message: `the appeal period (${rules.appealWithinDays} days) ended on ${lastDay}`,
          },
        ],
        'too late to appeal this decision',
      );
    const pending = await this.repository.pendingFor(dossier.cbId, dossier.id, contested.id);
    if (pending)
      throw new DomainError('conflict', `appeal ${pending.reference} against this decision is pending`, {
        appealId: pending._id,
      });
    const cb = await this.identity.certificationBody(dossier.cbId);
    const year = now.getUTCFullYear();
    const seq = await this.sequences.next(dossier.cbId, `appeal:${year}`);
    const appeal: Omit<AppealDoc, 'version' | 'trail' | 'outbox'> = {
      _id: randomUUID(),
      tenantId: [dossier.cbId, dossier.organisationId],
      cbId: dossier.cbId,
      organisationId: dossier.organisationId,
      reference: `${cb?.certificateNumberPrefix ?? dossier.cbId}-A${year}-${String(seq).padStart(5, '0')}`,
      dossierId: dossier.id,
      dossierReference: dossier.reference,
      schemeId: dossier.schemeId,
      decision: request.decision,
      contestedId: contested.id,
      contestedAt: new Date(contested.at),
      grounds: request.grounds,
      lodgedBy: principal.userId,
      status: 'lodged',
      lodgedAt: now,
      answerBy: dayAfter(now, rules.answerWithinDays),
    };
    const created = await this.appeals.create(principal, appeal, {
      action: 'lodge',
      at: now,
      what: `${request.decision} of dossier ${dossier.reference} appealed`,
      events: [
        appealEvent(
          'certhub.appeal.lodged.v1',
          {
            ...appealRef(appeal),
            decision: appeal.decision,
            answerBy: appeal.answerBy,
            by: principal.userId,
          },
          appeal,
        ),
      ],
    });
    return toAppealResponse(created, true);
  };
}

/** A 404 of a lookup the request named, as the field's 422; anything else as it came. */
const unknownAs =
  (field: string) =>
  (error: unknown): never => {
    if (error instanceof DomainError && error.code === 'not_found')
      throw DomainError.invalid([{ field, message: 'not found' }], `no such ${field.replace(/Id$/, '')}`);
    throw error;
  };
