import { Injectable } from '@nestjs/common';
import { validateAnswers, type Answers } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { toDossierResponse } from '../../dossiers/dossier.mapper';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { SchemeService } from '../../schemes/scheme.service';

/**
 * Once certified, the applicant updates its questionnaire to declare a change of scope or of organisation
 * (docs/domain/organisation-certification.md#change-of-scope); the CB then decides what it takes.
 */
@Injectable()
export class RequestScopeChange {
  constructor(
    private readonly lifecycle: DossierLifecycle,
    private readonly schemes: SchemeService,
  ) {}

  readonly execute: RpcHandler<'dossier.scope-changes.request'> = async (principal, request) => {
    const { after } = await this.lifecycle.apply(
      principal,
      request.dossierId,
      'request_scope_change',
      async (current, now) => {
        const answers = current.questionnaire.answers as Answers;
        const $set: Record<string, unknown> = {
          scopeChange: {
            status: 'pending',
            description: request.description,
            requestedAt: now,
            requestedBy: principal.userId,
          },
        };
        const changed = Object.keys(request.answers ?? {});
        if (request.answers && changed.length) {
          const scheme = await this.schemes.get(current.schemeId, current.schemeVersion);
          const errors = validateAnswers(scheme.questionnaire, request.answers);
          if (errors.length) throw new DomainError('validation_failed', 'some answers are invalid', errors);
          $set['questionnaire.answers'] = { ...answers, ...request.answers };
        }
        return {
          $set,
          ...(changed.length ? { $inc: { 'questionnaire.revision': 1 } } : {}),
          what: `change of scope declared: ${request.description}`,
          before: Object.fromEntries(changed.map((id) => [id, answers[id] ?? null])),
          after: request.answers ?? {},
        };
      },
    );
    return toDossierResponse(after);
  };
}
