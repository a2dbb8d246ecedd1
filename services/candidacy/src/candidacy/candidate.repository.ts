import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { CandidacyStatus, Principal } from '@certhub/contracts';
import { DomainError, isDuplicateKeyError } from '@certhub/platform';
import type { FilterQuery, Model } from 'mongoose';
import { perimeterScope, tenantsOf, withinScope } from './candidacy-access';
import { LIGHT, PerimeterRepository } from './perimeter.repository';
import { CANDIDATE_MODEL, type CandidateView, type TrailEntry } from './candidate.schema';

const LIVE = { deleted: false } as const;

/**
 * Candidates within the principal's perimeter (candidacy-access.ts); a deleted one is gone for
 * everybody. Writes are pinned to the candidate's certifier tenant.
 */
@Injectable()
export class CandidateRepository extends PerimeterRepository<CandidateView> {
  constructor(@InjectModel(CANDIDATE_MODEL) model: Model<CandidateView>) {
    super(model, LIVE);
  }

  override async insert(candidate: CandidateView): Promise<void> {
    try {
      await super.insert(candidate);
    } catch (error) {
      if (isDuplicateKeyError(error)) throw duplicate();
      throw error;
    }
  }

  /** A candidate anywhere on the platform: a transfer request aims at one its requester does not reach yet. */
  findAnywhere(candidateId: string): Promise<CandidateView | null> {
    return this.model
      .findOne({ _id: candidateId, ...LIVE }, LIGHT)
      .setOptions({ crossTenant: 'a transfer request names a candidate of another establishment' })
      .lean<CandidateView>()
      .exec();
  }

  /**
   * After a transfer moved the candidate's fields, his tenants follow (the write path keeps
   * tenantId its own). Until then neither side's scope matches him: he is hidden, never shown to
   * both. Idempotent, so a retried acceptance repairs an interrupted one.
   */
  async retenant(
    candidate: Pick<
      CandidateView,
      '_id' | 'certifierId' | 'establishmentId' | 'trainingOrganisationId' | 'networkId'
    >,
  ): Promise<void> {
    await this.model
      .updateOne({ _id: candidate._id }, { $set: { tenantId: tenantsOf(candidate) } })
      .setOptions({ crossTenant: 'the candidate moves between tenants: his new ones are written here' });
  }

  /** A page of an establishment's candidates, by id after `after`: where each one sits (its files' place). */
  inEstablishment(
    establishmentId: string,
    after: string | undefined,
    limit: number,
  ): Promise<
    Pick<CandidateView, '_id' | 'establishmentId' | 'trainingOrganisationId' | 'networkId' | 'certifierId'>[]
  > {
    return this.model
      .find(
        { tenantId: establishmentId, establishmentId, ...LIVE, ...(after ? { _id: { $gt: after } } : {}) },
        { _id: 1, establishmentId: 1, trainingOrganisationId: 1, networkId: 1, certifierId: 1 },
      )
      .setOptions({
        crossTenant: 'an establishment activated or deactivated opens or closes all its candidates’ files',
      })
      .sort({ _id: 1 })
      .limit(limit)
      .lean<
        Pick<
          CandidateView,
          '_id' | 'establishmentId' | 'trainingOrganisationId' | 'networkId' | 'certifierId'
        >[]
      >()
      .exec();
  }

  /** The person already registered anywhere on the platform, if any (deleted ones do not count). */
  findByIdentityKey(
    identityKey: string,
  ): Promise<Pick<CandidateView, '_id' | 'reference' | 'establishmentName'> | null> {
    return this.model
      .findOne({ identityKey, ...LIVE }, { _id: 1, reference: 1, establishmentName: 1 })
      .setOptions({ crossTenant: 'one person is registered once on the whole platform' })
      .lean<Pick<CandidateView, '_id' | 'reference' | 'establishmentName'>>()
      .exec();
  }

  /**
   * The search before a registration spans the platform (a person may be registered elsewhere):
   * the query is precise by contract, the answer limited to a few people.
   */
  searchPlatform(filter: FilterQuery<CandidateView>, limit: number): Promise<CandidateView[]> {
    return this.model
      .find({ ...filter, ...LIVE }, LIGHT)
      .setOptions({ crossTenant: 'the duplicate search finds a person wherever he is registered' })
      .limit(limit)
      .lean<CandidateView[]>()
      .exec();
  }

  /**
   * Candidacies still with the establishment whose preliminary evaluation (and latest
   * reinstatement, if any) was on or before `cutoff`, across the platform (the automatic abandonment's pass), oldest first.
   */
  staleSince(cutoff: Date, statuses: readonly string[], limit: number): Promise<CandidateView[]> {
    return this.model
      .find(
        {
          ...LIVE,
          status: { $in: statuses },
          preliminaryEvaluatedAt: { $lte: cutoff },
          $or: [
            { reinstatedAt: { $exists: false } },
            { reinstatedAt: null },
            { reinstatedAt: { $lte: cutoff } },
          ],
        },
        LIGHT,
      )
      .setOptions({
        crossTenant: 'the platform abandons every candidacy left 5 years after its preliminary evaluation',
      })
      .sort({ preliminaryEvaluatedAt: 1 })
      .limit(limit)
      .lean<CandidateView[]>()
      .exec();
  }

  /** How many of a certifier's live dossiers assigned to a jury session stand in each status. */
  async countBySession(
    certifierId: string,
    sessionId: string,
    statuses: readonly CandidacyStatus[],
  ): Promise<Partial<Record<CandidacyStatus, number>>> {
    const counts = await Promise.all(
      statuses.map((status) =>
        this.model
          .countDocuments({ tenantId: certifierId, 'jury.sessionId': sessionId, status, ...LIVE })
          .exec(),
      ),
    );
    return Object.fromEntries(statuses.flatMap((status, i) => (counts[i] ? [[status, counts[i]]] : [])));
  }

  /** One candidacy's trail, newest first, within the principal's scope; null when not visible. */
  async trail(principal: Principal, candidateId: string): Promise<TrailEntry[] | null> {
    const scope = perimeterScope<CandidateView>(principal);
    if (scope.kind === 'none') return null;
    const found = await this.scoped(
      scope,
      this.model.findOne(withinScope(scope, { _id: candidateId, ...LIVE }), { trail: 1 }),
    )
      .lean<{ trail?: TrailEntry[] }>()
      .exec();
    return found && [...(found.trail ?? [])].reverse();
  }
}

export const duplicate = (existing?: { reference: string; establishmentName: string }): DomainError =>
  DomainError.conflict(
    existing
      ? `this person is already registered (dossier ${existing.reference}, ${existing.establishmentName}): ask for a transfer of that dossier instead`
      : 'this person is already registered: search for him and ask for a transfer of his dossier instead',
    { hint: 'transfer_request', ...(existing ? { reference: existing.reference } : {}) },
  );
