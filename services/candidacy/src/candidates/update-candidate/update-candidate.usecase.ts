import { Injectable } from '@nestjs/common';
import { candidacyEvent, candidateRef } from '../../candidacy/candidacy-events';
import { CandidacyLifecycle } from '../../candidacy/candidacy-lifecycle';
import { CandidateRepository, duplicate } from '../../candidacy/candidate.repository';
import { FORM_FIELDS, formOf, toCandidateResponse } from '../candidate.mapper';
import { identityKey, normaliseName } from '../../candidacy/identity-key';
import { type RpcHandler } from '@certhub/platform';

/**
 * Edit the sheet while the establishment prepares the dossier; the whole form at the version the
 * user read (409 stale_version otherwise). Changing the identity into another registered person's
 * is refused like a duplicate registration.
 */
@Injectable()
export class UpdateCandidate {
  constructor(
    private readonly lifecycle: CandidacyLifecycle,
    private readonly candidates: CandidateRepository,
  ) {}

  readonly execute: RpcHandler<'candidacy.candidates.update'> = async (principal, request) => {
    const form = formOf(request);
    const key = identityKey(request);
    const { after } = await this.lifecycle.apply(
      principal,
      request.candidateId,
      'edit',
      async (current, now) => {
        if (key !== current.identityKey) {
          const other = await this.candidates.findByIdentityKey(key);
          if (other && other._id !== current._id) throw duplicate(other);
        }
        const before = formOf(current);
        const cleared = FORM_FIELDS.filter((f) => before[f] !== undefined && form[f] === undefined);
        return {
          $set: {
            // The form is sent whole: a field left out is emptied (null reads as absent).
            ...Object.fromEntries(cleared.map((f) => [f, null])),
            ...form,
            identityKey: key,
            nameKey: normaliseName(request.birthName),
          },
          what: 'candidate sheet edited',
          before,
          after: form,
          events: () => [
            candidacyEvent(
              'certhub.candidacy.updated.v1',
              { ...candidateRef(current), change: 'edited', changedBy: principal.userId },
              { id: current._id, tenantId: current.networkId },
              now,
            ),
          ],
        };
      },
      { expectedVersion: request.version },
    );
    return toCandidateResponse(after);
  };
}
