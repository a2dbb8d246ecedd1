import { Injectable } from '@nestjs/common';
import { candidateEvent } from '../../candidacy/candidacy-events';
import { CandidacyLifecycle } from '../../candidacy/candidacy-lifecycle';
import { type RpcHandler } from '@certhub/platform';

/**
 * Delete a candidacy registered by mistake, while nothing is recorded on it (no evaluation, no
 * training). The document stays with its trail and its event in the outbox, hidden from every read;
 * its identity key is freed so the person can be registered again.
 */
@Injectable()
export class DeleteCandidate {
  constructor(private readonly lifecycle: CandidacyLifecycle) {}

  readonly execute: RpcHandler<'candidacy.candidates.delete'> = async (principal, request) => {
    await this.lifecycle.apply(principal, request.candidateId, 'delete', (c, now) => ({
      $set: { deleted: true, identityKey: `${c.identityKey}#deleted#${c._id}` },
      what: 'candidacy deleted',
      events: () => [
        candidateEvent(
          c,
          'certhub.candidacy.updated.v1',
          { change: 'deleted', changedBy: principal.userId },
          now,
        ),
      ],
    }));
    return { id: request.candidateId, deleted: true };
  };
}
