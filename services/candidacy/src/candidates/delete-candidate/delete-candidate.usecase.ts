import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { candidacyEvent, candidateRef } from '../../candidacy/candidacy-events';
import { CandidacyLifecycle } from '../../candidacy/candidacy-lifecycle';

/**
 * Delete a candidacy registered by mistake, while nothing is recorded on it (no evaluation, no
 * training). The document stays with its trail and its event in the outbox, hidden from every read;
 * its identity key is freed so the person can be registered again.
 */
@Injectable()
export class DeleteCandidate {
  constructor(private readonly lifecycle: CandidacyLifecycle) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'candidacy.candidates.delete'>,
  ): Promise<RpcResponse<'candidacy.candidates.delete'>> {
    await this.lifecycle.apply(principal, request.candidateId, 'delete', (c, now) => ({
      $set: { deleted: true, identityKey: `${c.identityKey}#deleted#${c._id}` },
      what: 'candidacy deleted',
      events: () => [
        candidacyEvent(
          'certhub.candidacy.updated.v1',
          { ...candidateRef(c), change: 'deleted', changedBy: principal.userId },
          { id: c._id, tenantId: c.networkId },
          now,
        ),
      ],
    }));
    return { id: request.candidateId, deleted: true };
  }
}
