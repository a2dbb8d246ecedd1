import { Injectable } from '@nestjs/common';
import {
  validateAnswers,
  type Answers,
  type Principal,
  type RpcPayload,
  type RpcResponse,
} from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { SchemeService } from '../../schemes/scheme.service';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle.service';
import { toDossierResponse } from '../dossier.mapper';

const ATTEMPTS = 4;

/**
 * A draft save, any number of times (docs/domain/organisation-certification.md#draft-saves). The client names
 * the revision it loaded: if another save came first, this one is refused (409) and nothing is overwritten.
 * Given answers replace those of the same questions; the others stay (a page saves only its own questions).
 */
@Injectable()
export class SaveQuestionnaire {
  constructor(
    private readonly lifecycle: DossierLifecycle,
    private readonly schemes: SchemeService,
  ) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'dossier.questionnaire.save'>,
  ): Promise<RpcResponse<'dossier.questionnaire.save'>> {
    for (let attempt = 1; ; attempt += 1) {
      const current = await this.lifecycle.loadFor(principal, request.dossierId, 'save_questionnaire');
      if (current.questionnaire.revision !== request.revision)
        throw new DomainError(
          'stale_version',
          `the questionnaire was saved meanwhile (revision ${current.questionnaire.revision}, yours ${request.revision}): reload it`,
          { currentRevision: current.questionnaire.revision, currentStatus: current.status },
        );
      const scheme = await this.schemes.get(current.schemeId, current.schemeVersion);
      const errors = validateAnswers(scheme.questionnaire, request.answers);
      if (errors.length) throw new DomainError('validation_failed', 'some answers are invalid', errors);

      const previous = current.questionnaire.answers as Answers;
      const changed = Object.keys(request.answers);
      try {
        const updated = await this.lifecycle.apply({
          dossierId: current._id,
          action: 'save_questionnaire',
          principal,
          expectedVersion: current.version,
          update: {
            $set: { 'questionnaire.answers': { ...previous, ...request.answers } },
            $inc: { 'questionnaire.revision': 1 },
          },
          trail: {
            what: `questionnaire draft saved (${changed.length} answer${changed.length === 1 ? '' : 's'})`,
            before: Object.fromEntries(changed.map((id) => [id, previous[id] ?? null])),
            after: request.answers,
          },
        });
        return toDossierResponse(updated);
      } catch (error) {
        // Another change of the dossier (not a save: the revision matched) came first: read again.
        if (!(error instanceof DomainError && error.code === 'stale_version') || attempt >= ATTEMPTS)
          throw error;
      }
    }
  }
}
