import { Injectable } from '@nestjs/common';
import type { Answers } from '@certhub/contracts';
import type { RpcHandler } from '@certhub/platform';
import { QuestionnaireAnswers } from '../../evidence/questionnaire-answers';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { dossierCommand } from '../../dossiers/dossier-command';

/**
 * Once certified, the applicant updates its questionnaire to declare a change of scope or of organisation
 * (docs/domain/organisation-certification.md#change-of-scope); the CB then decides what it takes.
 */
@Injectable()
export class RequestScopeChange {
  constructor(
    private readonly lifecycle: DossierLifecycle,
    private readonly answers: QuestionnaireAnswers,
  ) {}

  readonly execute: RpcHandler<'dossier.scope-changes.request'> = (principal, request) =>
    dossierCommand(this.lifecycle, principal, request, 'request_scope_change', async (current, now) => {
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
        // As a draft save: valid answers, and documents of their question's upload context only.
        await this.answers.requireValid(current, request.answers, 'some answers are invalid');
        $set['questionnaire.answers'] = { ...answers, ...request.answers };
      }
      return {
        $set,
        ...(changed.length ? { $inc: { 'questionnaire.revision': 1 } } : {}),
        what: `change of scope declared: ${request.description}`,
        before: Object.fromEntries(changed.map((id) => [id, answers[id] ?? null])),
        after: request.answers ?? {},
      };
    });
}
