import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { CandidacyStatus } from '@certhub/contracts';
import { TenantRepository } from '@certhub/platform';
import type { FilterQuery, Model, QueryOptions } from 'mongoose';
import type { CandidacyScope } from './candidacy-scope';
import { CandidacyState } from './candidacy-state.schema';

/** Where a candidacy belongs, as its events name it. */
export interface CandidacyPlace {
  candidateId: string;
  reference: string;
  establishmentId: string;
  trainingOrganisationId: string;
  networkId: string;
  certifierId: string;
}

/** What a caller narrows the figures to, within his scope. */
export interface PerimeterFilter {
  establishmentId?: string | undefined;
  trainingOrganisationId?: string | undefined;
  networkId?: string | undefined;
}

const WRITE: QueryOptions = {
  crossTenant: 'a projection writes one candidacy by id, its tenants taken from the event',
};

const placeFields = (p: CandidacyPlace) => ({
  tenantId: [p.establishmentId, p.trainingOrganisationId, p.networkId, p.certifierId],
  establishmentId: p.establishmentId,
  trainingOrganisationId: p.trainingOrganisationId,
  networkId: p.networkId,
  certifierId: p.certifierId,
});

export type CandidacyLine = Pick<
  CandidacyState,
  | '_id'
  | 'reference'
  | 'establishmentId'
  | 'status'
  | 'statusAt'
  | 'certifiedAt'
  | 'abandonedAt'
  | 'abandonReason'
>;

@Injectable()
export class CandidacyStateRepository extends TenantRepository<CandidacyState> {
  constructor(@InjectModel(CandidacyState.name) model: Model<CandidacyState>) {
    super(model);
  }

  /**
   * Moves the candidacy to `status` unless an event later in the stream is applied already; the
   * first event of a candidacy creates it. `createdAt` keeps the earliest event's time, so the
   * creation dates it even when it arrives after a later event.
   */
  async moveStatus(
    place: CandidacyPlace,
    move: { status: CandidacyStatus; streamSeq: number; at: Date; reason?: string | undefined },
  ): Promise<void> {
    const facts = {
      status: move.status,
      statusSeq: move.streamSeq,
      statusAt: move.at,
      ...(move.status === 'certified' ? { certifiedAt: move.at } : {}),
      ...(move.status === 'abandoned'
        ? { abandonedAt: move.at, ...(move.reason ? { abandonReason: move.reason } : {}) }
        : {}),
    };
    const guarded = await this.model
      .updateOne(
        { _id: place.candidateId, statusSeq: { $lt: move.streamSeq } },
        { $set: facts, $min: { createdAt: move.at } },
      )
      .setOptions(WRITE);
    if (guarded.matchedCount === 1) return;
    // Absent (first event) or a later status already applied: create if absent, else leave it.
    await this.model
      .updateOne(
        { _id: place.candidateId },
        {
          $setOnInsert: {
            ...placeFields(place),
            ...facts,
            reference: place.reference,
            placeSeq: move.streamSeq,
            deleted: false,
          },
          $min: { createdAt: move.at },
        },
        { upsert: true },
      )
      .setOptions(WRITE);
  }

  /** A transfer accepted: the candidacy now belongs to another establishment (the latest move wins). */
  async move(place: CandidacyPlace, streamSeq: number): Promise<void> {
    await this.model
      .updateOne(
        { _id: place.candidateId, placeSeq: { $lt: streamSeq } },
        { $set: { ...placeFields(place), placeSeq: streamSeq } },
      )
      .setOptions(WRITE);
  }

  async markDeleted(candidateId: string): Promise<void> {
    await this.model.updateOne({ _id: candidateId }, { $set: { deleted: true } }).setOptions(WRITE);
  }

  countByStatus(
    scope: CandidacyScope,
    filter: PerimeterFilter,
  ): Promise<{ status: CandidacyStatus; count: number }[]> {
    const scoped = this.inScope(scope, filter);
    const aggregate = this.model.aggregate<{ _id: CandidacyStatus; count: number }>([
      { $match: scoped },
      { $group: { _id: '$status', count: { $sum: 1 } } },
    ]);
    if (scope.kind === 'platform') aggregate.option({ crossTenant: PLATFORM_READ } as never);
    return aggregate.exec().then((groups) => groups.map((g) => ({ status: g._id, count: g.count })));
  }

  /** The latest lines by `field`, newest first. */
  latest(
    scope: CandidacyScope,
    filter: PerimeterFilter & FilterQuery<CandidacyState>,
    field: 'statusAt' | 'certifiedAt' | 'abandonedAt',
    page: { skip: number; limit: number },
  ): Promise<CandidacyLine[]> {
    return this.read(scope, this.model.find(this.inScope(scope, filter)))
      .select({
        reference: 1,
        establishmentId: 1,
        status: 1,
        statusAt: 1,
        certifiedAt: 1,
        abandonedAt: 1,
        abandonReason: 1,
      })
      .sort({ [field]: -1, _id: 1 })
      .skip(page.skip)
      .limit(page.limit)
      .lean<CandidacyLine[]>()
      .exec();
  }

  count(scope: CandidacyScope, filter: PerimeterFilter & FilterQuery<CandidacyState>): Promise<number> {
    return this.read(scope, this.model.countDocuments(this.inScope(scope, filter))).exec();
  }

  /** Every candidacy of the scope, by reference, through a cursor (the full export). */
  all(scope: CandidacyScope, filter: PerimeterFilter) {
    return this.read(scope, this.model.find(this.inScope(scope, filter)))
      .select({ tenantId: 0, statusSeq: 0, placeSeq: 0, deleted: 0 })
      .sort({ reference: 1 })
      .lean<Omit<CandidacyState, 'tenantId' | 'statusSeq' | 'placeSeq' | 'deleted'>>()
      .cursor();
  }

  /** Empties the read model before a replay; indexes stay. */
  async clear(): Promise<void> {
    await this.model.deleteMany({}).setOptions({ crossTenant: 'a rebuild replays every tenant' });
  }

  /** The caller's narrowing first, the scope's pin last: a filter can never widen it. Deleted ones never count. */
  private inScope(scope: CandidacyScope, filter: FilterQuery<CandidacyState>): FilterQuery<CandidacyState> {
    const narrowed = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined));
    const live = { ...narrowed, deleted: false } as FilterQuery<CandidacyState>;
    return scope.kind === 'tenant' ? this.scoped(scope.tenantId, live) : live;
  }

  private read<Q extends { setOptions: (o: QueryOptions) => Q }>(scope: CandidacyScope, query: Q): Q {
    return scope.kind === 'platform' ? query.setOptions({ crossTenant: PLATFORM_READ }) : query;
  }
}

const PLATFORM_READ = 'platform staff see every candidacy';
