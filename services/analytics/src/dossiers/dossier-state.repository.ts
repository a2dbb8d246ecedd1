import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { DossierStatus } from '@certhub/contracts';
import type { FilterQuery, Model } from 'mongoose';
import type { ReadScope } from '../common/access';
import type { DateRange } from '../common/period';
import { PROJECTION_WRITE, ReadModelRepository, UNASSIGNED } from '../common/read-model.repository';
import { DossierState } from './dossier-state.schema';

/** What every dossier event says about its dossier. */
export interface DossierIdentity {
  dossierId: string;
  organisationId: string;
  schemeId: string;
  cbId?: string | undefined;
}

/** The dated facts a dossier event may add; each is kept in an order-independent way. */
export interface DossierFacts {
  submittedAt?: Date;
  admissibleAt?: Date;
  auditCompletedAt?: Date;
  decidedAt?: Date;
}

export interface DossierFilter {
  schemeId?: string | undefined;
  /** Selects dossiers by `openedAt`. */
  opened?: DateRange | undefined;
}

export interface StatusCount {
  tenantId: string;
  schemeId: string;
  status: DossierStatus;
  count: number;
}

/** The query requires both dates. */
export type AdmissibilityDates = Pick<DossierState, 'tenantId' | 'schemeId'> & {
  submittedAt: Date;
  admissibleAt: Date;
};
export type DecisionDates = Pick<DossierState, 'tenantId' | 'schemeId' | 'auditsCompletedAt' | 'decisionsAt'>;

@Injectable()
export class DossierStateRepository extends ReadModelRepository<DossierState> {
  constructor(@InjectModel(DossierState.name) model: Model<DossierState>) {
    super(model);
  }

  /**
   * Creates the dossier on its first event and adds the event's facts. One update per event, and
   * idempotent: identity fields are constants, dates keep their minimum, lists are sets.
   */
  async record(dossier: DossierIdentity, eventTime: Date, facts: DossierFacts = {}): Promise<void> {
    const toSet = {
      ...(facts.auditCompletedAt ? { auditsCompletedAt: facts.auditCompletedAt } : {}),
      ...(facts.decidedAt ? { decisionsAt: facts.decidedAt } : {}),
    };
    await this.model
      .updateOne(
        { _id: dossier.dossierId },
        {
          // The CB is known once assigned; events from before the assignment must not erase it.
          $set: {
            organisationId: dossier.organisationId,
            schemeId: dossier.schemeId,
            ...(dossier.cbId ? { tenantId: dossier.cbId } : {}),
          },
          $setOnInsert: { statusSeq: 0, ...(dossier.cbId ? {} : { tenantId: UNASSIGNED }) },
          $min: {
            openedAt: eventTime,
            ...(facts.submittedAt ? { submittedAt: facts.submittedAt } : {}),
            ...(facts.admissibleAt ? { admissibleAt: facts.admissibleAt } : {}),
          },
          ...(Object.keys(toSet).length ? { $addToSet: toSet } : {}),
        },
        { upsert: true },
      )
      .setOptions(PROJECTION_WRITE);
  }

  /**
   * Moves the dossier to `status` unless a later transition (higher stream sequence) is applied
   * already. One write when the dossier exists; otherwise it is created first and the guarded
   * move tried again, both idempotent.
   */
  async moveStatus(
    dossier: DossierIdentity,
    eventTime: Date,
    move: { status: DossierStatus; streamSeq: number; at: Date },
  ): Promise<void> {
    const guarded = () =>
      this.model
        .updateOne(
          { _id: dossier.dossierId, statusSeq: { $lt: move.streamSeq } },
          {
            $set: {
              status: move.status,
              statusSeq: move.streamSeq,
              statusAt: move.at,
              ...(dossier.cbId ? { tenantId: dossier.cbId } : {}),
            },
            $min: { openedAt: eventTime },
          },
        )
        .setOptions(PROJECTION_WRITE);
    if ((await guarded()).matchedCount === 1) return;
    // Not there yet, or a later transition won: record the event's other facts either way.
    await this.record(dossier, eventTime);
    await guarded();
  }

  countByStatus(scope: ReadScope, filter: DossierFilter): Promise<StatusCount[]> {
    return this.aggregateIn<{ _id: Omit<StatusCount, 'count'>; count: number }>(
      scope,
      { ...this.toQuery(filter), status: { $exists: true } },
      [
        {
          $group: {
            _id: { tenantId: '$tenantId', schemeId: '$schemeId', status: '$status' },
            count: { $sum: 1 },
          },
        },
      ],
    ).then((groups) => groups.map((g) => ({ ...g._id, count: g.count })));
  }

  admissibilityDates(scope: ReadScope, schemeId: string | undefined, admissible: DateRange | undefined) {
    return this.findIn(scope, {
      ...(schemeId ? { schemeId } : {}),
      submittedAt: { $exists: true },
      admissibleAt: admissible ?? { $exists: true },
    })
      .select({ tenantId: 1, schemeId: 1, submittedAt: 1, admissibleAt: 1 })
      .lean<AdmissibilityDates[]>();
  }

  /** Dossiers with at least one completed audit; the period applies to each audit, by the caller. */
  auditDates(scope: ReadScope, schemeId: string | undefined) {
    return this.findIn(scope, {
      ...(schemeId ? { schemeId } : {}),
      auditsCompletedAt: { $exists: true },
    })
      .select({ tenantId: 1, schemeId: 1, auditsCompletedAt: 1 })
      .lean<Pick<DossierState, 'tenantId' | 'schemeId' | 'auditsCompletedAt'>[]>();
  }

  /** Dossiers with at least one decision; the period applies to each decision, by the caller. */
  decisionDates(scope: ReadScope, schemeId: string | undefined) {
    return this.findIn(scope, { ...(schemeId ? { schemeId } : {}), decisionsAt: { $exists: true } })
      .select({ tenantId: 1, schemeId: 1, auditsCompletedAt: 1, decisionsAt: 1 })
      .lean<DecisionDates[]>();
  }

  private toQuery(filter: DossierFilter): FilterQuery<DossierState> {
    return {
      ...(filter.schemeId ? { schemeId: filter.schemeId } : {}),
      ...(filter.opened ? { openedAt: filter.opened } : {}),
    };
  }
}
