import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type RpcHandler } from '@certhub/platform';
import { requireTrainingSide, tenantsOf, trainingPlaceOf } from '../../candidacy/candidacy-access';
import { candidacyEvent } from '../../candidacy/candidacy-events';
import { CandidacyLifecycle } from '../../candidacy/candidacy-lifecycle';
import { requireActive } from '../../candidacy/candidacy-standing';
import { CandidateRepository, duplicate } from '../../candidacy/candidate.repository';
import type { CandidateView } from '../../candidacy/candidate.schema';
import { identityKey, normaliseName } from '../../candidacy/identity-key';
import { IdentityDirectory } from '../../candidacy/identity-directory';
import { CandidateFiles } from '../../candidacy/candidate-files';
import { formOf, toCandidateResponse } from '../candidate.mapper';

/** The dossier number shown on every screen: the year and 8 random hex digits (unique index). */
const newReference = (now: Date): string =>
  `CL${now.getUTCFullYear()}-${randomBytes(4).toString('hex').toUpperCase()}`;

/**
 * Register a candidate in an establishment of the user's perimeter
 * (docs/domain/individuals-certification.md#candidates): the establishment must be active, and the
 * same person (name, birth date, birth place) must not be registered anywhere yet; if he is, the
 * answer is 409 pointing at a transfer request instead.
 */
@Injectable()
export class CreateCandidate {
  constructor(
    private readonly candidates: CandidateRepository,
    private readonly lifecycle: CandidacyLifecycle,
    private readonly identity: IdentityDirectory,
    private readonly files: CandidateFiles,
  ) {}

  readonly execute: RpcHandler<'candidacy.candidates.create'> = async (principal, request) => {
    requireTrainingSide(principal, 'candidates are registered by the users of a training establishment');
    const key = identityKey(request);
    // Both reads at once (the duplicate check is the registration's usual answer, bench/candidacy);
    // the establishment's answer comes first: 404 outside the user's perimeter, as identity scopes it.
    const [establishment, existing] = await Promise.all([
      this.identity.establishment(request.establishmentId, principal),
      this.candidates.findByIdentityKey(key),
    ]);
    requireActive(establishment, 'no longer records candidacies');
    if (existing) throw duplicate(existing);
    const form = formOf(request);

    const now = new Date();
    const id = `cand_${randomBytes(8).toString('hex')}`;
    const place = { ...trainingPlaceOf(establishment), certifierId: establishment.certifierId };
    const reference = newReference(now);
    const candidate = await this.lifecycle.create(
      principal,
      {
        ...form,
        ...place,
        _id: id,
        tenantId: tenantsOf(place),
        reference,
        establishmentName: establishment.name,
        identityKey: key,
        nameKey: normaliseName(request.birthName),
        status: 'awaiting_preliminary_evaluation',
        active: true,
        deleted: false,
        recorded: 0,
        createdAt: now,
        updatedAt: now,
      } as Omit<CandidateView, 'version' | 'trail' | 'outbox'>,
      {
        what: `candidate registered in ${establishment.name}`,
        at: now,
        events: [
          candidacyEvent(
            'certhub.candidacy.created.v1',
            { candidateId: id, reference, ...place, createdBy: principal.userId },
            { id, tenantId: place.networkId },
            now,
          ),
        ],
      },
    );
    await this.files.register(candidate);
    return toCandidateResponse(candidate);
  };
}
