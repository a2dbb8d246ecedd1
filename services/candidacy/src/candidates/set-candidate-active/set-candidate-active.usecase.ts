import { Injectable } from '@nestjs/common';
import { candidateEvent } from '../../candidacy/candidacy-events';
import { CandidacyLifecycle } from '../../candidacy/candidacy-lifecycle';
import { toCandidateResponse } from '../candidate.mapper';
import { type RpcHandler } from '@certhub/platform';

/** The sheet's "Actif" flag: an inactive candidacy stays where it is, listed apart. */
@Injectable()
export class SetCandidateActive {
  constructor(private readonly lifecycle: CandidacyLifecycle) {}

  readonly execute: RpcHandler<'candidacy.candidates.set-active'> = async (principal, request) => {
    const current = await this.lifecycle.load(principal, request.candidateId);
    if (current.active === request.active) {
      await this.lifecycle.check(current, 'set_active', principal);
      return toCandidateResponse(current);
    }
    const { after } = await this.lifecycle.apply(principal, current, 'set_active', (c, now) => ({
      $set: { active: request.active },
      what: request.active ? 'candidacy reactivated' : 'candidacy deactivated',
      events: () => [
        candidateEvent(
          c,
          'certhub.candidacy.updated.v1',
          { change: request.active ? 'reactivated' : 'deactivated', changedBy: principal.userId },
          now,
        ),
      ],
    }));
    return toCandidateResponse(after);
  };
}
