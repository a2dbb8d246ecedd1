import { Injectable } from '@nestjs/common';
import type { Answers } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { QuestionnaireAnswers } from '../../evidence/questionnaire-answers';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { dossierCommand } from '../dossier-command';

/**
 * A draft save, any number of times (docs/domain/organisation-certification.md#draft-saves). The client names
 * the revision it loaded: if another save came first, this one is refused (409) and nothing is overwritten;
 * another change of the dossier (not a save) in between is read again by the write path.
 * Given answers replace those of the same questions; the others stay (a page saves only its own questions).
 */
@Injectable()
export class SaveQuestionnaire {
  constructor(
    private readonly lifecycle: DossierLifecycle,
    private readonly answers: QuestionnaireAnswers,
  ) {}

  readonly execute: RpcHandler<'dossier.questionnaire.save'> = (principal, request) =>
    dossierCommand(this.lifecycle, principal, request, 'save_questionnaire', async (current) => {
      // A save that another came before is refused, not retried: the caller must see that one first.
      if (current.questionnaire.revision !== request.revision)
        throw new DomainError(
          'stale_version',
          `the questionnaire was saved meanwhile (revision ${current.questionnaire.revision}, yours ${request.revision}): reload it`,
          { currentRevision: current.questionnaire.revision, currentStatus: current.status },
        );
      await this.answers.requireValid(current, request.answers, 'some answers are invalid');
      const previous = current.questionnaire.answers as Answers;
      const changed = Object.keys(request.answers);
      return {
        $set: { 'questionnaire.answers': { ...previous, ...request.answers } },
        $inc: { 'questionnaire.revision': 1 },
        what: `questionnaire draft saved (${changed.length} answer${changed.length === 1 ? '' : 's'})`,
        before: Object.fromEntries(changed.map((id) => [id, previous[id] ?? null])),
        after: request.answers,
      };
    });
}
